using Beheermodule.Core.Organisations;

namespace Beheermodule.Core.ActivationLetters;

/// <summary>
/// Activeringsbrief: one per means, posted to the legal representative. Its code is made only when it is printed,
/// so the readable code exists nowhere but in the printed PDF.
/// </summary>
public sealed class ActivationLetter
{
    public int Id { get; set; }
    public int MeansId { get; set; }
    public Means Means { get; set; } = null!;
    public int ApplicationId { get; set; }
    public LetterPriority Priority { get; set; }

    /// <summary>The envelope: the legal representative at the company's address.</summary>
    public string RecipientName { get; set; } = "";
    public string Street { get; set; } = "";
    public string HouseNumber { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string City { get; set; } = "";

    public DateTime CreatedAt { get; set; }
    public int? PrintBatchId { get; set; }
    public DateTime? PrintedAt { get; set; }

    /// <summary>Why this letter exists: the approval, or a mutation asking for a new letter.</summary>
    public string Reason { get; set; } = "";
}

/// <summary>Print order (rule 14): courier rush first, then same-day rush, then the rest.</summary>
public enum LetterPriority
{
    RushCourier = 1,
    Rush = 2,
    Normal = 3,
}
