namespace Beheermodule.Core.Accounts.Passwords;

/// <summary>
/// A password an account had, as its Identity hash: the afsprakenstelsel preset refuses reusing one of the last few.
/// Only the newest <see cref="PasswordPolicyOptions.HistoryDepth"/> are kept per account.
/// </summary>
public sealed class PasswordHistory
{
    public int Id { get; set; }
    public string UserAccountId { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
