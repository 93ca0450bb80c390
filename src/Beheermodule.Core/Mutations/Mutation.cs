using Beheermodule.Core.Backoffice.Documents;
using Beheermodule.Core.Organisations;

namespace Beheermodule.Core.Mutations;

/// <summary>
/// Mutatie: a change to an existing means or organisation, asked for by a customer on the public form (or, for the
/// bank account, entered by staff from a signed SEPA form) and carried out by staff.
/// </summary>
public sealed class Mutation
{
    public int Id { get; set; }

    /// <summary>MUT-2026-000123: shown on the confirmation page and in every e-mail.</summary>
    public string Reference { get; set; } = "";

    public MutationKind Kind { get; set; }
    public MutationStatus Status { get; private set; } = MutationStatus.Open;

    /// <summary>As the customer gave it (normalised to 8 digits).</summary>
    public string KvkNumber { get; set; } = "";

    /// <summary>The holder's e-mail address that identifies the means; null for a bank account change.</summary>
    public string? HolderEmail { get; set; }

    /// <summary>The means the KvK number and holder e-mail matched at submission, or the one staff picked.</summary>
    public int? MeansId { get; set; }
    public Means? Means { get; set; }

    /// <summary>The organisation with this KvK number, when the issuer knows it.</summary>
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    /// <summary>Opzeggen: the day the means ends.</summary>
    public DateOnly? RequestedEndDate { get; set; }

    /// <summary>New KvK number (rule 11).</summary>
    public string? NewKvkNumber { get; set; }

    /// <summary>Naam of e-mailadres wijzigen: what the holder's initials, surname and address become (null: unchanged).</summary>
    public string? NewInitials { get; set; }
    public string? NewSurname { get; set; }
    public string? NewHolderEmail { get; set; }

    /// <summary>Machtiging wijzigen: give or take back, which service, and for how many years.</summary>
    public AuthorizationChangeAction? AuthorizationAction { get; set; }
    public int? ServiceId { get; set; }
    public int? Years { get; set; }

    /// <summary>Bank account (rule 10): the IBAN from the signed SEPA form, without spaces.</summary>
    public string? Iban { get; set; }

    public string? Remark { get; set; }

    /// <summary>The fee charged, from configuration at the moment it was carried out.</summary>
    public decimal? Fee { get; set; }

    public DateTime ReceivedAt { get; set; }

    /// <summary>"anoniem:…" for the public form, "account:…" for staff.</summary>
    public string ReceivedFrom { get; set; } = "";

    public string? HandledBy { get; set; }
    public DateTime? HandledAt { get; set; }

    /// <summary>What carrying it out did, in Dutch, for staff and the customer's e-mail.</summary>
    public string? Outcome { get; set; }

    public string? RejectionReason { get; set; }

    /// <summary>The secret link's hash under which the customer downloads the mutation form to sign.</summary>
    public string? FormTokenHash { get; set; }

    /// <summary>The signed mutation form as it came in by post: scanned, stored under a generated name.</summary>
    public string? SignedFormStoredName { get; private set; }
    public string? SignedFormName { get; private set; }
    public DocumentFormat? SignedFormFormat { get; private set; }

    /// <summary>Who signed the form, as staff read it, and what the Handelsregister says of them.</summary>
    public string? SignedBy { get; private set; }
    public string? SignerInRegister { get; private set; }
    public DateTime? SignedFormReceivedAt { get; private set; }
    public string? SignedFormReceivedBy { get; private set; }

    public bool HasSignedForm => SignedFormStoredName is not null;

    /// <summary>Optimistic concurrency: of two staff members handling it at once, exactly one stands.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public void MarkDone(string staff, DateTime now, decimal fee, string outcome)
    {
        Close(MutationStatus.Done, staff, now);
        Fee = fee;
        Outcome = outcome;
    }

    public void Reject(string staff, DateTime now, string reason)
    {
        Close(MutationStatus.Rejected, staff, now);
        RejectionReason = reason;
    }

    /// <summary>The signed form arrived: its scan, who signed it and what the register says of the signer.</summary>
    public void RecordSignedForm(string storedName, string displayName, DocumentFormat format, string signedBy, string signerInRegister, string staff, DateTime now)
    {
        if (Status != MutationStatus.Open)
        {
            throw new InvalidOperationException($"Mutation {Reference} is {Status} already.");
        }
        (SignedFormStoredName, SignedFormName, SignedFormFormat) = (storedName, displayName, format);
        (SignedBy, SignerInRegister, SignedFormReceivedAt, SignedFormReceivedBy) = (signedBy, signerInRegister, now, staff);
        Touch();
    }

    /// <summary>Any change staff make, so a decision taken on an older view does not stand.</summary>
    public void Touch() => Version = Guid.NewGuid();

    private void Close(MutationStatus status, string staff, DateTime now)
    {
        if (Status != MutationStatus.Open)
        {
            throw new InvalidOperationException($"Mutation {Reference} is {Status} already.");
        }
        Status = status;
        HandledBy = staff;
        HandledAt = now;
        Touch();
    }
}

public enum MutationKind
{
    /// <summary>Lost or expired aanmeldcode (rule 4).</summary>
    NewActivationLetter = 10,

    /// <summary>Vestiging to hoofdvestiging (rule 12).</summary>
    BranchToMainBranch = 20,

    /// <summary>Rule 11.</summary>
    NewKvkNumber = 30,

    /// <summary>Opzeggen.</summary>
    EndMeans = 40,

    /// <summary>SEPA form (rule 10), staff only.</summary>
    BankAccount = 50,

    /// <summary>A holder's name or e-mail address (a marriage, a typing error in the application).</summary>
    HolderDetails = 60,

    /// <summary>Machtigingen wijzigen for an organisation that does not manage them in the beheermodule itself.</summary>
    AuthorizationChange = 70,
}

public enum MutationStatus
{
    Open = 10,
    Done = 20,
    Rejected = 30,
}

public static class MutationKindExtensions
{
    /// <summary>What a customer may ask for on the public form; the bank account needs the signed SEPA form.</summary>
    public static readonly IReadOnlyList<MutationKind> Public =
        [MutationKind.NewActivationLetter, MutationKind.BranchToMainBranch, MutationKind.NewKvkNumber, MutationKind.EndMeans, MutationKind.HolderDetails, MutationKind.AuthorizationChange];

    /// <summary>
    /// A change the legal representative must sign for: the form is printed, signed and posted, and staff carry it
    /// out only once the signed scan is in. A new activation letter needs none: it goes to the registered address.
    /// The bank account is entered by staff from the signed SEPA form itself.
    /// </summary>
    public static bool NeedsSignedForm(this MutationKind kind) =>
        kind is MutationKind.BranchToMainBranch or MutationKind.NewKvkNumber or MutationKind.EndMeans or MutationKind.HolderDetails
            or MutationKind.AuthorizationChange;

    public static string DisplayName(this MutationKind kind) => kind switch
    {
        MutationKind.NewActivationLetter => "Nieuwe activeringsbrief",
        MutationKind.BranchToMainBranch => "Vestiging omzetten naar hoofdvestiging",
        MutationKind.NewKvkNumber => "Nieuw KvK-nummer",
        MutationKind.EndMeans => "Middel opzeggen",
        MutationKind.BankAccount => "Nieuw rekeningnummer (SEPA)",
        MutationKind.HolderDetails => "Naam of e-mailadres van een gebruiker",
        MutationKind.AuthorizationChange => "Machtiging geven of intrekken",
        _ => kind.ToString(),
    };

    public static string DisplayName(this MutationStatus status) => status switch
    {
        MutationStatus.Open => "Open",
        MutationStatus.Done => "Uitgevoerd",
        MutationStatus.Rejected => "Afgewezen",
        _ => status.ToString(),
    };
}
