using System.ComponentModel.DataAnnotations;

namespace Beheermodule.Core.Backoffice.Documents;

public sealed class DocumentOptions
{
    public const string Section = "Documents";
    public const int DefaultMaxBytes = 10 * 1024 * 1024;

    /// <summary>Where uploaded documents are stored; relative to the current directory. Keep it outside the web root.</summary>
    [Required(ErrorMessage = "Documents:Directory is required.")]
    public string Directory { get; set; } = "data/documents";

    /// <summary>The largest upload accepted, in bytes.</summary>
    [Range(1, 100 * 1024 * 1024, ErrorMessage = "Documents:MaxBytes must be between 1 and 104857600 (100 MB).")]
    public int MaxBytes { get; set; } = DefaultMaxBytes;

    public string DirectoryPath() => Path.GetFullPath(Directory);
}
