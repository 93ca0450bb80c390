using System.ComponentModel.DataAnnotations;

namespace Beheermodule.Core.Issuer;

/// <summary>The means issuer running this installation: printed on contracts, letters and e-mails.</summary>
public sealed class IssuerOptions
{
    public const string Section = "Issuer";

    [Required(ErrorMessage = "Issuer:Name is required.")]
    public string Name { get; set; } = "Beheermodule eHerkenning";

    /// <summary>Where signed contracts are posted, one line per element.</summary>
    [Required(ErrorMessage = "Issuer:PostalAddress is required."), MinLength(1, ErrorMessage = "Issuer:PostalAddress needs at least one line.")]
    public List<string> PostalAddress { get; set; } = [];

    /// <summary>The public address of the site, for links in e-mails (https://eherkenning.example.nl).</summary>
    [Required(ErrorMessage = "Issuer:PublicBaseUrl is required."), Url(ErrorMessage = "Issuer:PublicBaseUrl must be an absolute URL.")]
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>The helpdesk's number as people dial it, on activation letters.</summary>
    [Required(ErrorMessage = "Issuer:HelpdeskPhone is required.")]
    public string HelpdeskPhone { get; set; } = "088 000 00 00";

    /// <summary>When the helpdesk answers, as a phrase that follows "bereikbaar" ("op werkdagen van … tot … uur").</summary>
    [Required(ErrorMessage = "Issuer:HelpdeskHours is required.")]
    public string HelpdeskHours { get; set; } = "op werkdagen van 8.30 tot 17.00 uur";

    /// <summary>Where a holder enters the aanmeldcode; null: the activation page of this site (PublicBaseUrl + /activeren).</summary>
    [Url(ErrorMessage = "Issuer:ActivationUrl must be an absolute URL.")]
    public string? ActivationUrl { get; set; }

    public string ActivationLink => ActivationUrl ?? Link("activeren");

    public string PostalAddressLine => string.Join(", ", PostalAddress);

    public string Link(string path) => PublicBaseUrl.TrimEnd('/') + "/" + path.TrimStart('/');
}
