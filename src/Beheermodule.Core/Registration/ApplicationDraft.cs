namespace Beheermodule.Core.Registration;

/// <summary>
/// The wizard's state, kept on the server so refresh, back and a closed tab lose nothing. Found by the hash of
/// a random token in the browser's cookie.
/// </summary>
public sealed class ApplicationDraft
{
    public Guid Id { get; set; }
    public string TokenHash { get; set; } = "";

    /// <summary>ApplicationDraftData as JSON: the wizard's fields change often, the table does not have to.</summary>
    public string Data { get; set; } = "{}";

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
}
