using Beheermodule.Core.Levels;

namespace Beheermodule.Core.Registration;

/// <summary>Aanvraag: a submitted request for means for one organisation, at one level.</summary>
public sealed class Application
{
    public int Id { get; set; }

    /// <summary>EH-2026-000123: printed on the contract and in every e-mail.</summary>
    public string Reference { get; set; } = "";

    public AssuranceLevel Level { get; set; }
    public bool IsUpgrade { get; set; }
    public RushOption Rush { get; set; }

    /// <summary>Stored apart from <see cref="Rush"/> so the queue can index "rush on top".</summary>
    public bool IsRush { get; private set; }
    public ApplicationStatus Status { get; private set; }

    public string KvkNumber { get; set; } = "";
    public string? BranchNumber { get; set; }
    public string OrganisationName { get; set; } = "";
    public string LegalForm { get; set; } = "";
    public string Street { get; set; } = "";
    public string HouseNumber { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string City { get; set; } = "";

    /// <summary>Jointly authorised representatives: a majority of them must sign.</summary>
    public bool JointlyAuthorised { get; set; }

    public FeeQuote Fees { get; set; } = null!;

    /// <summary>
    /// A new KvK number (rule 11): the organisation whose means end when this application is approved. Set only
    /// from a draft the issuer prepared for a KvK-number mutation.
    /// </summary>
    public int? ReplacesOrganisationId { get; set; }

    public DateTime SubmittedAt { get; set; }

    /// <summary>The day the signed contract arrived, as the helpdesk recorded it.</summary>
    public DateOnly? ContractReceivedOn { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>SHA-256 of the status link's token; the token itself is only in the e-mail.</summary>
    public string StatusTokenHash { get; set; } = "";

    /// <summary>
    /// The same token encrypted with the data-protection key ring, so every later e-mail can carry the personal
    /// status link; the hash alone serves look-ups.
    /// </summary>
    public string StatusTokenProtected { get; set; } = "";

    /// <summary>EH1 only: SHA-256 of the confirmation link's token, until it is used.</summary>
    public string? ConfirmationTokenHash { get; set; }

    public DateTime? ConfirmationExpiresAt { get; set; }

    /// <summary>Optimistic concurrency: of two decisions at once, exactly one stands.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<ApplicationPerson> Persons { get; set; } = [];
    public List<ApplicationStatusChange> StatusChanges { get; set; } = [];

    public string AddressLine => $"{Street} {HouseNumber}, {PostalCode} {City}";

    public IEnumerable<ApplicationPerson> PersonsIn(PersonRole role) =>
        Persons.Where(p => p.Role == role).OrderBy(p => p.Position);

    /// <summary>The first state, set once at submission: EH1 waits for the e-mail confirmation, the rest for the contract.</summary>
    public void Submit(DateTime now)
    {
        if (StatusChanges.Count > 0)
        {
            throw new InvalidOperationException($"Application {Reference} was submitted already.");
        }
        SubmittedAt = now;
        IsRush = Rush != RushOption.None;
        Record(Level.NeedsContract() ? ApplicationStatus.AwaitingContract : ApplicationStatus.AwaitingConfirmation, now, null);
    }

    /// <summary>Moves along the lifecycle; a transition domain.md does not draw is refused.</summary>
    public void MoveTo(ApplicationStatus status, DateTime now, string? note = null)
    {
        if (!Status.CanMoveTo(status))
        {
            throw new InvalidApplicationTransitionException(Reference, Status, status);
        }
        Record(status, now, note);
    }

    private void Record(ApplicationStatus status, DateTime now, string? note)
    {
        Status = status;
        UpdatedAt = now;
        Version = Guid.NewGuid();
        StatusChanges.Add(new ApplicationStatusChange { Status = status, At = now, Note = note });
    }
}

public sealed class InvalidApplicationTransitionException(string reference, ApplicationStatus from, ApplicationStatus to)
    : InvalidOperationException($"Application {reference} cannot move from {from} to {to}.");
