using Beheermodule.Core.Mail;

namespace Beheermodule.Core.Mutations.Mails;

/// <summary>To each legal representative when staff carried out or rejected a mutation of their organisation.</summary>
public sealed record MutationHandledMail : MailModel
{
    public override string TemplateName => "MutationHandled";

    public override string Subject => $"Uw mutatie {Reference}: {OutcomeName}";

    public required string RecipientName { get; init; }
    public required string Reference { get; init; }
    public required string OrganisationName { get; init; }

    /// <summary>"Middel opzeggen".</summary>
    public required string KindName { get; init; }

    /// <summary>"Uitgevoerd" or "Afgewezen".</summary>
    public required string OutcomeName { get; init; }

    /// <summary>What was done, or why not.</summary>
    public required string Explanation { get; init; }

    /// <summary>The public mutation form, for a next request.</summary>
    public required string FormUrl { get; init; }

    public required string IssuerName { get; init; }
}
