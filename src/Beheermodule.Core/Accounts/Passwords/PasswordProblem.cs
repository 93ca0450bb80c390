namespace Beheermodule.Core.Accounts.Passwords;

/// <summary>One reason a password is refused: a stable code for programs, and a Dutch message for the person.</summary>
public sealed record PasswordProblem(string Code, string Message);

/// <summary>One line of the checklist shown beside a password field, and whether the password meets it.</summary>
public sealed record PasswordRuleStatus(string Id, string Text, bool Met);
