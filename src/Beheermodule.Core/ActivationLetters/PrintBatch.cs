namespace Beheermodule.Core.ActivationLetters;

/// <summary>One "Batch afdrukken": a PDF rendered in the background, offered for download when ready.</summary>
public sealed class PrintBatch
{
    public int Id { get; set; }
    public string RequestedBy { get; set; } = "";
    public DateTime RequestedAt { get; set; }
    public PrintBatchStatus Status { get; set; } = PrintBatchStatus.Queued;
    public int LetterCount { get; set; }
    public int LettersRendered { get; set; }
    public DateTime? CompletedAt { get; set; }

    /// <summary>
    /// While rendering: until when the rendering instance holds the batch. The instance extends it as it goes; when
    /// an instance dies mid-batch, another takes the batch over once this moment has passed.
    /// </summary>
    public DateTime? LeaseUntil { get; set; }

    /// <summary>
    /// The PDF's generated file name in the print folder; the codes in it exist nowhere else. Chosen when rendering
    /// starts (the unfinished file is this name plus ".part"), so a takeover can remove what a dead instance left.
    /// </summary>
    public string? FileName { get; set; }

    public string? Error { get; set; }
}

public enum PrintBatchStatus
{
    Queued = 10,
    Rendering = 20,
    Ready = 30,
    Failed = 40,

    /// <summary>Printed again as a new batch (PDF lost or spoiled); its codes are revoked and its file deleted.</summary>
    Replaced = 50,
}
