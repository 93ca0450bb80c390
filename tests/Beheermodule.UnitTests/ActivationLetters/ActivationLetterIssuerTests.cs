using System.ComponentModel.DataAnnotations;
using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Issuer;

namespace Beheermodule.UnitTests.ActivationLetters;

public sealed class ActivationLetterIssuerTests
{
    [Fact]
    public void Without_an_activation_url_letters_point_to_this_sites_activation_page()
    {
        var issuer = ActivationLetterIssuer.From(new IssuerOptions { PublicBaseUrl = "https://eherkenning.example.nl/" });

        Assert.Equal("https://eherkenning.example.nl/activeren", issuer.ActivationUrl);
    }

    [Fact]
    public void A_configured_activation_url_is_used_as_it_is()
    {
        var issuer = ActivationLetterIssuer.From(new IssuerOptions { ActivationUrl = "https://activeren.example.nl/code" });

        Assert.Equal("https://activeren.example.nl/code", issuer.ActivationUrl);
    }

    [Fact]
    public void Takes_name_and_helpdesk_from_the_issuer_settings()
    {
        var options = new IssuerOptions { Name = "Voorbeeld B.V.", HelpdeskPhone = "030 123 45 67", HelpdeskHours = "dag en nacht" };

        var issuer = ActivationLetterIssuer.From(options);

        Assert.Equal(("Voorbeeld B.V.", "030 123 45 67", "dag en nacht"), (issuer.Name, issuer.HelpdeskPhone, issuer.HelpdeskHours));
    }

    [Fact]
    public void The_default_helpdesk_settings_are_valid_and_an_activation_url_must_be_absolute()
    {
        Assert.Empty(Validate(new IssuerOptions { PostalAddress = ["Antwoordnummer 1234"] }));

        var failures = Validate(new IssuerOptions { PostalAddress = ["Antwoordnummer 1234"], ActivationUrl = "/activeren" });

        Assert.Equal(["Issuer:ActivationUrl must be an absolute URL."], failures);
    }

    private static List<string?> Validate(IssuerOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage).ToList();
    }
}
