using Beheermodule.Core.Accounts.Passwords;

namespace Beheermodule.UnitTests.Accounts.Passwords;

/// <summary>Both presets over the list shipped with the app, loaded once for all tests.</summary>
internal static class Policies
{
    public static readonly CommonPasswords Common = CommonPasswords.LoadEmbedded();

    public static readonly PasswordPolicy Connectis = new(PasswordPolicyOptions.Connectis, Common, 5);

    public static readonly PasswordPolicy Afsprakenstelsel = new(PasswordPolicyOptions.Afsprakenstelsel, Common, 5);

    public static readonly PasswordContext NoNames = new(null, []);

    public static IEnumerable<string> Codes(this IReadOnlyList<PasswordProblem> problems) => problems.Select(p => p.Code);
}
