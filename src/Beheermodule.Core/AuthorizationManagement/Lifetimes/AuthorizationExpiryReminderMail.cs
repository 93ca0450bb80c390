using Beheermodule.Core.Mail;

namespace Beheermodule.Core.AuthorizationManagement.Lifetimes;

/// <summary>
/// Sent 60 and 14 days before machtigingen end, to each holder and to the beheerders of the organisation: one
/// message per recipient and run, listing every machtiging that concerns them.
/// </summary>
public sealed record AuthorizationExpiryReminderMail : MailModel
{
    public override string TemplateName => "AuthorizationExpiryReminder";

    public override string Subject => Authorizations.Count == 1
        ? "Een machtiging voor eHerkenning verloopt binnenkort"
        : "Machtigingen voor eHerkenning verlopen binnenkort";

    public required string RecipientName { get; init; }
    public required IReadOnlyList<ExpiringAuthorization> Authorizations { get; init; }

    /// <summary>Where a beheerder renews them: the beheermodule.</summary>
    public required string ManageUrl { get; init; }

    public required string IssuerName { get; init; }
}

/// <summary>One line of the reminder: whose machtiging, for what, for which organisation, and until when.</summary>
public sealed record ExpiringAuthorization(string HolderName, string OrganisationName, string Description, string ValidUntilText, int DaysLeft);
