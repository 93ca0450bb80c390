using Beheermodule.Core.Mail;

namespace Beheermodule.Core.Otp;

/// <summary>
/// To the holder when a code from their responder was typed a second time: someone may have watched it being typed
/// and knows the password too. Says what happened and what to do, never the code itself.
/// </summary>
public sealed record OtpReplayNoticeMail : MailModel
{
    public override string TemplateName => "OtpReplayNotice";

    public override string Subject => "Een code van uw OTP-responder voor eHerkenning is twee keer gebruikt";

    public required string RecipientName { get; init; }
    public required string UserName { get; init; }

    /// <summary>When the second use was tried, in Dutch time ("23 november 2026, 14:05").</summary>
    public required string AttemptedAtText { get; init; }

    /// <summary>Where the holder logs in to change the password.</summary>
    public required string LoginUrl { get; init; }

    public required string HelpdeskPhone { get; init; }
    public required string HelpdeskHours { get; init; }
    public required string IssuerName { get; init; }
}
