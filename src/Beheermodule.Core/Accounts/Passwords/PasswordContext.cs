namespace Beheermodule.Core.Accounts.Passwords;

/// <summary>
/// What a password is checked against besides itself: the account's user name, the names of the organisations its
/// means are for, and whether a candidate matches one of the account's recent passwords (null: no history, as for a
/// new account). The history check is a delegate so the policy stays free of hashing and the database.
/// </summary>
public sealed record PasswordContext(string? UserName, IReadOnlyList<string> OrganisationNames, Func<string, bool>? IsRecentPassword = null)
{
    public static PasswordContext ForUser(string? userName) => new(userName, []);
}
