using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Templates;
using Microsoft.Extensions.Options;

namespace Beheermodule.UnitTests.ActivationLetters;

public sealed class ActivationLetterTemplateTests
{
    private readonly ActivationLetterPdfRenderer _renderer = new(new TemplateRenderer(Options.Create(new TemplateOptions())));

    [Fact]
    public void The_template_exists_where_the_renderer_looks()
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "templates", ActivationLetterPdfRenderer.TemplatePath)));
    }

    [Fact]
    public void Renders_every_value_of_the_letter()
    {
        var letter = ActivationLetterSamples.Letter();

        var markup = _renderer.RenderMarkup(letter);

        foreach (var value in new[]
        {
            letter.HolderName, letter.Organisation.Name, letter.Organisation.KvkNumber, letter.Organisation.BranchNumber!,
            letter.ActivationCode, letter.ApplicationReference, letter.Recipient.Name, letter.Recipient.OrganisationName,
            letter.Recipient.StreetAndNumber, letter.Issuer.Name, letter.Issuer.HelpdeskPhone, letter.Issuer.HelpdeskHours,
            letter.Issuer.ActivationUrl, "EH3", "23 november 2026", "geldig tot 23 december 2026, 10:15 uur",
        })
        {
            Assert.Contains(value, markup, StringComparison.OrdinalIgnoreCase);
        }
        Assert.DoesNotContain("{{", markup);
        Assert.DoesNotContain("{%", markup);
    }

    [Fact]
    public void Puts_the_address_in_the_window_in_the_dutch_way()
    {
        var markup = _renderer.RenderMarkup(ActivationLetterSamples.Letter());

        var address = markup.Split('\n').Where(line => line.StartsWith("[address]", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["[address]Test EMZ Dagobert", "[address]T.a.v. D. Duck", "[address]Damrak 1", "[address]1012 LG  AMSTERDAM"],
            address);
    }

    [Fact]
    public void Leaves_out_the_branch_number_when_the_means_is_on_the_kvk_number()
    {
        var letter = ActivationLetterSamples.Letter() with { Organisation = new("Test BV Donald", "68750110", null) };

        var markup = _renderer.RenderMarkup(letter);

        Assert.Contains("KvK-nummer | 68750110", markup);
        Assert.DoesNotContain("Vestigingsnummer", markup);
    }

    [Fact]
    public void Asks_to_hand_the_letter_over_only_when_it_is_for_someone_else()
    {
        var forSomeoneElse = _renderer.RenderMarkup(ActivationLetterSamples.Letter(holderName: "J. Jansen"));
        var forTheRepresentative = _renderer.RenderMarkup(ActivationLetterSamples.Letter(holderName: "D. Duck"));

        Assert.Contains("Wilt u de brief aan J. Jansen geven?", forSomeoneElse);
        Assert.DoesNotContain("Wilt u de brief", forTheRepresentative);
    }

    [Fact]
    public void Says_the_code_is_personal_and_how_to_activate()
    {
        var markup = _renderer.RenderMarkup(ActivationLetterSamples.Letter());

        Assert.Contains("persoonlijk", markup);
        Assert.Contains("alleen J. Jansen", markup);
        Assert.Contains("1. Ga naar https://eherkenning.example.nl/activeren", markup);
        Assert.Contains("procedure afgerond", markup);
    }

    [Fact]
    public void Refuses_eh1_whose_codes_go_by_e_mail()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _renderer.RenderMarkup(ActivationLetterSamples.Letter(level: Core.Levels.AssuranceLevel.EH1)));
    }

    [Theory]
    [InlineData("abcd-efgh-jkmn")]
    [InlineData("ABCDEFGHJKMN")]
    [InlineData("ABCD-EFGH-JKM0")]
    public void Refuses_a_code_that_is_not_in_its_printed_form(string code)
    {
        Assert.Throws<ArgumentException>(() => _renderer.RenderMarkup(ActivationLetterSamples.Letter(code: code)));
    }
}
