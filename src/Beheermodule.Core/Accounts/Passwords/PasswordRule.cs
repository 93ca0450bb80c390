using System.Text;

namespace Beheermodule.Core.Accounts.Passwords;

/// <summary>
/// One requirement of a preset: its line on the checklist, and the problems a password has with it. A rule may find
/// more than one problem (the user name and an organisation name), so the list is refused with every reason at once.
/// </summary>
internal sealed record PasswordRule(string Id, string Text, Func<PasswordCandidate, IEnumerable<PasswordProblem>> Find);

/// <summary>A password split once into Unicode code points, which is how its characters are counted.</summary>
internal sealed class PasswordCandidate(string password, PasswordContext context)
{
    public string Password { get; } = password;
    public PasswordContext Context { get; } = context;
    public IReadOnlyList<Rune> Runes { get; } = password.EnumerateRunes().ToList();
}
