using System.ComponentModel.DataAnnotations;

namespace Beheermodule.DemoService.Infrastructure;

/// <summary>How the demo service reaches Beheermodule, its OpenID Connect provider, and what it calls itself.</summary>
public sealed class DemoServiceOptions : IValidatableObject
{
    public const string Section = "Beheermodule";

    [Required(ErrorMessage = "Beheermodule:Authority is verplicht: het adres van Beheermodule, bijvoorbeeld http://localhost:5080.")]
    public string Authority { get; set; } = "http://localhost:5080";

    [Required(ErrorMessage = "Beheermodule:ClientId is verplicht: de client_id waaronder Beheermodule deze dienst kent.")]
    public string ClientId { get; set; } = "mijnoverijssel-demo";

    // No default: the secret is agreed with the provider, so a forgotten one must stop the app rather than fail at log-in.
    [Required(ErrorMessage = "Beheermodule:ClientSecret is verplicht: het geheim dat bij de client_id hoort (zie appsettings.example.json).")]
    public string? ClientSecret { get; set; }

    [Required(ErrorMessage = "Beheermodule:ServiceName is verplicht: de naam van de dienst die op de pagina's staat.")]
    public string ServiceName { get; set; } = "toegang tot MijnOverijssel en e-Formulieren met eHerkenning bij Provincie Overijssel";

    public bool AuthorityIsHttps => Uri.TryCreate(Authority, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult(
                $"Beheermodule:Authority moet een volledig http- of https-adres zijn, zoals http://localhost:5080; nu: '{Authority}'.",
                [nameof(Authority)]);
        }
    }
}
