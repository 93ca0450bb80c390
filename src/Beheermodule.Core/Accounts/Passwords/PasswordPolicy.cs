namespace Beheermodule.Core.Accounts.Passwords;

/// <summary>
/// The password rules of the configured preset (rule 6). Pure: the caller supplies the names and the history check,
/// so the same policy serves the Identity validator, generated passwords and a live checklist beside a field.
/// </summary>
public sealed class PasswordPolicy
{
    private readonly IReadOnlyList<PasswordRule> _rules;

    public PasswordPolicy(string preset, CommonPasswords common, int historyDepth)
    {
        Preset = preset;
        _rules = preset switch
        {
            PasswordPolicyOptions.Connectis =>
            [
                PasswordRules.Length(8, 16),
                PasswordRules.AsciiLetters(2),
                PasswordRules.AsciiDigits(2),
                PasswordRules.AtMostSpecials(1),
                PasswordRules.OnlyListedCharacters(),
                PasswordRules.NotCommon(common),
                PasswordRules.NoNames(),
            ],
            PasswordPolicyOptions.Afsprakenstelsel =>
            [
                PasswordRules.Length(8, null),
                PasswordRules.Lowercase(),
                PasswordRules.Uppercase(),
                PasswordRules.Digit(),
                PasswordRules.Special(),
                PasswordRules.NotCommon(common),
                PasswordRules.NoNames(),
                PasswordRules.NotRecent(historyDepth),
            ],
            _ => throw new ArgumentException($"Unknown password preset '{preset}'.", nameof(preset)),
        };
    }

    public string Preset { get; }

    /// <summary>Whether the preset refuses recent passwords, so the caller knows to look the history up.</summary>
    public bool RefusesRecentPasswords => Preset == PasswordPolicyOptions.Afsprakenstelsel;

    /// <summary>Every problem with the password, in the order of the checklist; empty when it is acceptable.</summary>
    public IReadOnlyList<PasswordProblem> Check(string password, PasswordContext context)
    {
        var candidate = new PasswordCandidate(password, context);
        return _rules.SelectMany(rule => rule.Find(candidate)).ToList();
    }

    /// <summary>Each rule of the preset with whether the password meets it, for a checklist beside the field.</summary>
    public IReadOnlyList<PasswordRuleStatus> Checklist(string password, PasswordContext context)
    {
        var candidate = new PasswordCandidate(password, context);
        return _rules.Select(rule => new PasswordRuleStatus(rule.Id, rule.Text, !rule.Find(candidate).Any())).ToList();
    }
}
