namespace Beheermodule.Core.Accounts.Sessions;

/// <summary>
/// A signed-in session kept on the server: the cookie carries only its key, so deleting the row ends the session
/// even for a copy of the cookie. The key is stored as a hash, the ticket encrypted.
/// </summary>
public sealed class AccountSession
{
    /// <summary>SHA-256 of the key in the cookie (hex).</summary>
    public string Id { get; set; } = "";

    public string UserAccountId { get; set; } = "";

    /// <summary>The authentication ticket, serialised and encrypted with the data-protection key ring.</summary>
    public byte[] ProtectedTicket { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    /// <summary>The idle limit as of the last renewal; a session past it is treated as gone.</summary>
    public DateTime ExpiresAt { get; set; }
}
