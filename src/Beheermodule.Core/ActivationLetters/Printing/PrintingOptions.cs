using System.ComponentModel.DataAnnotations;

namespace Beheermodule.Core.ActivationLetters.Printing;

public sealed class PrintingOptions
{
    public const string Section = "Printing";

    /// <summary>
    /// Where finished print batches (PDFs with readable codes) are kept until printed; relative to the current
    /// directory. Keep it outside the web root and out of backups.
    /// </summary>
    [Required(ErrorMessage = "Printing:Directory is required.")]
    public string Directory { get; set; } = "data/print";

    /// <summary>How often an idle print worker looks for queued batches that another app instance accepted.</summary>
    [Range(1, 3600, ErrorMessage = "Printing:PollSeconds must be between 1 and 3600.")]
    public int PollSeconds { get; set; } = 10;

    public string DirectoryPath() => Path.GetFullPath(Directory);
}
