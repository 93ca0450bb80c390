using Beheermodule.Core.Backoffice.Documents;

namespace Beheermodule.Core.Backoffice;

/// <summary>A scanned signed contract or ID copy, stored outside the web root under a generated name.</summary>
public sealed class ApplicationDocument
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public ApplicationDocumentKind Kind { get; set; }

    /// <summary>Whose identity document this is, as staff said at upload; null for the contract and other documents.</summary>
    public int? PersonId { get; set; }

    /// <summary>The uploader's file name, for display only; never used as a path.</summary>
    public string DisplayName { get; set; } = "";

    public string StoredName { get; set; } = "";
    public DocumentFormat Format { get; set; }
    public long Size { get; set; }
    public string Sha256 { get; set; } = "";
    public string UploadedBy { get; set; } = "";
    public DateTime UploadedAt { get; set; }
}

public enum ApplicationDocumentKind
{
    SignedContract = 1,
    IdDocument = 2,
    Other = 3,
}

public static class ApplicationDocumentKindExtensions
{
    public static string DisplayName(this ApplicationDocumentKind kind) => kind switch
    {
        ApplicationDocumentKind.SignedContract => "Ondertekend contract",
        ApplicationDocumentKind.IdDocument => "Kopie identiteitsbewijs",
        ApplicationDocumentKind.Other => "Overig document",
        _ => kind.ToString(),
    };
}
