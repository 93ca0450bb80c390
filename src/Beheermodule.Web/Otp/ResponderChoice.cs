using System.ComponentModel.DataAnnotations;
using Beheermodule.Core.Otp;

namespace Beheermodule.Web.Otp;

/// <summary>
/// The two ways to enrol an OTP responder (an authenticator app, or a hardware token from stock), shown by
/// _ResponderChoice for activation's second step and for the helpdesk's re-enrolment link alike. The field names
/// match the page's bound properties (Code, SealedSeed, Token.*), so validation messages land beside the fields.
/// </summary>
public sealed class ResponderChoice(AuthenticatorEnrolment.Challenge enrolment, HardwareTokenInput token, bool choseToken, IReadOnlyDictionary<string, string?>? formFields = null)
{
    public AuthenticatorEnrolment.Challenge Enrolment { get; } = enrolment;

    public string SealedSeed => Enrolment.SealedSeed;

    /// <summary>Never shown again: a code is good for one time step only.</summary>
    [Display(Name = "Code uit de app")]
    public string Code => "";

    public HardwareTokenInput Token { get; } = token;

    /// <summary>Which form was sent, so the page opens with that one.</summary>
    public bool ChoseToken { get; } = choseToken;

    /// <summary>Hidden fields both forms carry, such as the link that opened the page.</summary>
    public IReadOnlyDictionary<string, string?> FormFields { get; } = formFields ?? new Dictionary<string, string?>();
}

public sealed class HardwareTokenInput
{
    [Required(ErrorMessage = "Vul het serienummer van uw token in.")]
    [Display(Name = "Serienummer (achterop het token)")]
    public string SerialNumber { get; set; } = "";

    [Required(ErrorMessage = "Vul de code van 6 cijfers in die het token nu toont.")]
    [Display(Name = "Code van het token")]
    public string Code { get; set; } = "";
}
