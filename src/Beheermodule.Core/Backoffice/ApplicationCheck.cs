namespace Beheermodule.Core.Backoffice;

/// <summary>One ticked checklist item: who ticked it and when. Unticking removes it (and is audited).</summary>
public sealed class ApplicationCheck
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }

    /// <summary>The item's key from <see cref="ApplicationChecklist"/>, e.g. "signed:12" or "id:14".</summary>
    public string Item { get; set; } = "";

    public string CheckedBy { get; set; } = "";
    public DateTime CheckedAt { get; set; }

    /// <summary>Face-to-face checks (EH3, EH4) record where, when and which document.</summary>
    public DateOnly? MetOn { get; set; }
    public string? Place { get; set; }
    public string? DocumentType { get; set; }
    public string? DocumentLastFour { get; set; }
}
