using Microsoft.AspNetCore.Identity;

namespace Beheermodule.Core.Accounts;

/// <summary>A person's log-in: a means holder or a staff member.</summary>
public sealed class UserAccount : IdentityUser
{
    public string Initials { get; set; } = "";
    public string Surname { get; set; } = "";
    public DateOnly? DateOfBirth { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Lockouts since the last successful log-in; each one lasts twice as long as the one before.</summary>
    public int ConsecutiveLockouts { get; set; }

    /// <summary>
    /// The last complete sign-in (password alone, password and OTP code, or the EH4 certificate), in UTC; null when
    /// never. The beheerder sees it in the overview, to spot colleagues who no longer use their means.
    /// </summary>
    public DateTime? LastSignedInAt { get; set; }
}
