using Beheermodule.Core.Accounts.Passwords;
using Beheermodule.Core.Accounts.Profile;
using Beheermodule.Core.Accounts.Recovery;
using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.AuthorizationManagement.Lifetimes;
using Beheermodule.Core.Mail;
using Beheermodule.Core.Mutations.Mails;
using Beheermodule.Core.Otp;
using Beheermodule.Core.Otp.Reenrolment;
using Beheermodule.Core.Registration.Mails;

namespace Beheermodule.UnitTests.Mail;

/// <summary>One model per template, with every value filled in, so a test can see each value in the rendered mail.</summary>
internal static class MailSamples
{
    public static readonly ApplicationSubmittedMail Submitted = new()
    {
        RecipientName = "Jan de Vries",
        Reference = "EH-2026-000123",
        OrganisationName = "Test BV Donald",
        KvkNumber = "68750110",
        LevelName = "EH3",
        StatusUrl = "https://eherkenning.example.nl/status/abcDEF123",
        NeedsContract = true,
        IssuerName = "Voorbeeld Middelenuitgever",
        IssuerPostalAddress = "Postbus 18, 8200 AA Lelystad",
        IsRush = true,
        SubmittedAtText = "23 november 2026, 10:00",
    };

    public static readonly ConfirmApplicationMail Confirm = new()
    {
        RecipientName = "Jan de Vries",
        Reference = "EH-2026-000124",
        OrganisationName = "Test EMZ Dagobert",
        ConfirmUrl = "https://eherkenning.example.nl/bevestigen/xyz789",
        ExpiresAtText = "30 november 2026, 10:00",
        StatusUrl = "https://eherkenning.example.nl/status/ghiJKL456",
        IssuerName = "Voorbeeld Middelenuitgever",
    };

    public static readonly ApplicationStatusChangedMail StatusChanged = new()
    {
        RecipientName = "Jan de Vries",
        Reference = "EH-2026-000125",
        OrganisationName = "Test BV Donald",
        StatusName = "Onvolledig",
        WhatNowText = "Uw aanvraag is nog niet compleet. Stuur de ontbrekende stukken op; daarna gaan wij verder.",
        Note = "De kopie van het identiteitsbewijs ontbreekt.",
        StatusUrl = "https://eherkenning.example.nl/status/mnoPQR789",
        IssuerName = "Voorbeeld Middelenuitgever",
    };

    public static readonly ActivationCodeMail ActivationCode = new()
    {
        RecipientName = "A. Jansen",
        OrganisationName = "Test EMZ Dagobert",
        KvkNumber = "69599084",
        LevelName = "EH1",
        ActivationCode = "ABCD-EFGH-JKMN",
        ValidUntilText = "23 december 2026, 10:15",
        ActivationUrl = "https://eherkenning.example.nl/activeren",
        HelpdeskPhone = "088 123 45 67",
        HelpdeskHours = "op werkdagen van 8.30 tot 17.00 uur",
        IssuerName = "Voorbeeld Middelenuitgever",
    };

    public static readonly MutationHandledMail MutationHandled = new()
    {
        RecipientName = "Jan de Vries",
        Reference = "MUT-2026-000007",
        OrganisationName = "Test BV Katrien",
        KindName = "Middel opzeggen",
        OutcomeName = "Uitgevoerd",
        Explanation = "Het middel van A. Jansen eindigt op 1 december 2026.",
        FormUrl = "https://eherkenning.example.nl/mutaties",
        IssuerName = "Voorbeeld Middelenuitgever",
    };

    public static readonly CompleteKvkChangeApplicationMail CompleteKvkChange = new()
    {
        RecipientName = "Jan de Vries",
        Reference = "MUT-2026-000008",
        OrganisationName = "Test BV Donald",
        OldKvkNumber = "68750110",
        NewKvkNumber = "69599068",
        ResumeUrl = "https://eherkenning.example.nl/mutaties/aanvraag/stuVWX012",
        ExpiresAtText = "7 december 2026, 10:00",
        IssuerName = "Voorbeeld Middelenuitgever",
    };

    public static readonly UserNameReminderMail UserNameReminder = new()
    {
        RecipientName = "A. Jansen",
        UserNames = ["ajansen", "jansen-bv"],
        LoginUrl = "https://eherkenning.example.nl/inloggen",
        IssuerName = "Voorbeeld Middelenuitgever",
    };

    public static readonly PasswordResetMail PasswordReset = new()
    {
        RecipientName = "A. Jansen",
        UserName = "ajansen",
        ResetUrl = "https://eherkenning.example.nl/inloggen/wachtwoord-herstellen?account=abc&code=XYZ123",
        ValidUntilText = "23 november 2026, 15:05",
        IssuerName = "Voorbeeld Middelenuitgever",
    };

    public static readonly PasswordChangedMail PasswordChanged = new()
    {
        RecipientName = "A. Jansen",
        UserName = "ajansen",
        ChangedAtText = "23 november 2026, 14:05",
        ForgotPasswordUrl = "https://eherkenning.example.nl/inloggen/wachtwoord-vergeten",
        HelpdeskPhone = "088 123 45 67",
        HelpdeskHours = "op werkdagen van 8.30 tot 17.00 uur",
        IssuerName = "Voorbeeld Middelenuitgever",
    };

    public static readonly EmailChangeConfirmationMail EmailChangeConfirmation = new()
    {
        RecipientName = "A. Jansen",
        UserName = "ajansen",
        NewEmail = "a.jansen@voorbeeld.nl",
        ConfirmUrl = "https://eherkenning.example.nl/profiel/e-mail-bevestigen?adres=a.jansen%40voorbeeld.nl&code=XYZ123",
        ValidUntilText = "24 november 2026, 14:05",
        IssuerName = "Voorbeeld Middelenuitgever",
    };

    public static readonly EmailChangeRequestedMail EmailChangeRequested = new()
    {
        RecipientName = "A. Jansen",
        UserName = "ajansen",
        NewEmail = "a.jansen@voorbeeld.nl",
        RequestedAtText = "23 november 2026, 14:05",
        ForgotPasswordUrl = "https://eherkenning.example.nl/inloggen/wachtwoord-vergeten",
        HelpdeskPhone = "088 123 45 67",
        HelpdeskHours = "op werkdagen van 8.30 tot 17.00 uur",
        IssuerName = "Voorbeeld Middelenuitgever",
    };

    public static readonly ResponderReplacedMail ResponderReplaced = new()
    {
        RecipientName = "A. Jansen",
        UserName = "ajansen",
        ReplacedAtText = "23 november 2026, 14:05",
        ForgotPasswordUrl = "https://eherkenning.example.nl/inloggen/wachtwoord-vergeten",
        HelpdeskPhone = "088 123 45 67",
        HelpdeskHours = "op werkdagen van 8.30 tot 17.00 uur",
        IssuerName = "Voorbeeld Middelenuitgever",
    };

    public static readonly ResponderReenrolmentLinkMail ResponderReenrolmentLink = new()
    {
        RecipientName = "A. Jansen",
        UserName = "ajansen",
        ReenrolmentUrl = "https://eherkenning.example.nl/otp-responder/opnieuw?account=abc&sleutel=XYZ123",
        ValidUntilText = "23 november 2026, 15:05",
        HelpdeskPhone = "088 123 45 67",
        HelpdeskHours = "op werkdagen van 8.30 tot 17.00 uur",
        IssuerName = "Voorbeeld Middelenuitgever",
    };

    public static readonly ResponderReenrolledMail ResponderReenrolled = new()
    {
        RecipientName = "A. Jansen",
        UserName = "ajansen",
        ResponderText = "OTP-token (TOTP) TK-0001",
        EnrolledAtText = "23 november 2026, 14:35",
        ForgotPasswordUrl = "https://eherkenning.example.nl/inloggen/wachtwoord-vergeten",
        HelpdeskPhone = "088 123 45 67",
        HelpdeskHours = "op werkdagen van 8.30 tot 17.00 uur",
        IssuerName = "Voorbeeld Middelenuitgever",
    };

    public static readonly OtpReplayNoticeMail OtpReplayNotice = new()
    {
        RecipientName = "A. Jansen",
        UserName = "ajansen",
        AttemptedAtText = "23 november 2026, 14:05",
        LoginUrl = "https://eherkenning.example.nl/inloggen",
        HelpdeskPhone = "088 000 00 00",
        HelpdeskHours = "op werkdagen van 8.30 tot 17.00 uur",
        IssuerName = "Voorbeeld Middelenuitgever",
    };

    public static readonly AuthorizationExpiryReminderMail AuthorizationExpiryReminder = new()
    {
        RecipientName = "A. Jansen",
        Authorizations =
        [
            new("A. Jansen", "Test BV Donald", "Provincie Overijssel: MijnOverijssel", "21 januari 2027", 59),
            new("B. Pietersen", "Test BV Donald", "Alle diensten tot en met EH3 (alleen vestiging 000012345678)", "22 januari 2027", 60),
        ],
        ManageUrl = "https://eherkenning.example.nl/beheer",
        IssuerName = "Voorbeeld Middelenuitgever",
    };

    public static readonly ActivationCodeExpiringMail ActivationCodeExpiring = new()
    {
        RecipientName = "D. Duck",
        OrganisationName = "Test EMZ Dagobert",
        Codes = [new("C. Klaassen", "26 november 2026, 10:15")],
        NewLetterUrl = "https://eherkenning.example.nl/mutaties?soort=NewActivationLetter",
        ActivationUrl = "https://eherkenning.example.nl/activeren",
        HelpdeskPhone = "088 123 45 67",
        HelpdeskHours = "op werkdagen van 8.30 tot 17.00 uur",
        IssuerName = "Voorbeeld Middelenuitgever",
    };

    /// <summary>By template name: every template in templates/email needs one, and every sample needs its templates.</summary>
    public static readonly IReadOnlyDictionary<string, MailModel> ByTemplate =
        new MailModel[]
        {
            Submitted, Confirm, StatusChanged, ActivationCode, MutationHandled, CompleteKvkChange, UserNameReminder, PasswordReset, PasswordChanged,
            EmailChangeConfirmation, EmailChangeRequested, ResponderReplaced, ResponderReenrolmentLink, ResponderReenrolled, OtpReplayNotice,
            AuthorizationExpiryReminder, ActivationCodeExpiring,
        }.ToDictionary(m => m.TemplateName);
}
