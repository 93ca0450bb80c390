namespace Beheermodule.Core.Accounts;

/// <summary>How an account's holder is addressed in e-mails: "A. Jansen", or the user name when no name is known.</summary>
public static class AccountNames
{
    public static string Display(UserAccount account)
    {
        var name = $"{account.Initials} {account.Surname}".Trim();
        return name.Length > 0 ? name : account.UserName ?? "";
    }
}
