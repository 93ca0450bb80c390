using System.Diagnostics.CodeAnalysis;

namespace Beheermodule.Core.Backoffice.Documents;

/// <summary>Why an upload was not stored.</summary>
public enum DocumentRejection
{
    Empty,
    TooLarge,
    UnsupportedFormat,
}

/// <summary>
/// A document on disk. <see cref="StoredName"/> is generated and is all that is needed to read it back; the
/// uploader's file name is kept by the caller, as a display name only.
/// </summary>
public sealed record StoredDocument(string StoredName, DocumentFormat Format, long Size, string Sha256);

/// <summary>Either the stored document, or the rejection with a Dutch message to show beside the upload field.</summary>
public sealed class StoreResult
{
    private StoreResult(StoredDocument? document, DocumentRejection? rejection, string? message)
    {
        Document = document;
        Rejection = rejection;
        Message = message;
    }

    public StoredDocument? Document { get; }

    public DocumentRejection? Rejection { get; }

    /// <summary>For the page: <c>ModelState.AddModelError(field, result.Message)</c>.</summary>
    public string? Message { get; }

    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Message))]
    public bool Succeeded => Document is not null;

    public static StoreResult Stored(StoredDocument document) => new(document, null, null);

    public static StoreResult Rejected(DocumentRejection rejection, int maxBytes) =>
        new(null, rejection, DocumentMessages.For(rejection, maxBytes));
}
