using System.Text.RegularExpressions;
using Beheermodule.Core.Contracts;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Templates;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Beheermodule.UnitTests.Contracts;

public sealed class ContractPdfRendererTests
{
    private const string JointAuthoritySentence =
        "De wettelijk vertegenwoordigers zijn alleen gezamenlijk bevoegd. Dit contract moet daarom worden ondertekend door een meerderheid van hen.";

    private static readonly ContractOrganisation _dagobert = new("Test EMZ Dagobert", "69599084", "000038509504", "Dam 1, 1012 JS Amsterdam");

    private readonly ContractPdfRenderer _renderer = new(new TemplateRenderer(Options.Create(new TemplateOptions())));

    [Fact]
    public void Shows_every_person_by_name()
    {
        var model = Sample();

        var text = AllText(_renderer.Render(model));

        foreach (var name in model.LegalRepresentatives.Concat(model.AuthorizationManagers).Select(p => $"{p.Initials} {p.Surname}")
            .Concat(model.Users.Select(u => $"{u.Initials} {u.Surname}")))
        {
            Assert.Contains(name, text);
        }
    }

    [Fact]
    public void Shows_each_users_services()
    {
        var model = Sample();

        var text = AllText(_renderer.Render(model));

        Assert.All(model.Users.SelectMany(u => u.Services), service => Assert.Contains(service, text));
    }

    [Fact]
    public void Shows_the_kvk_number_and_the_branch_number_when_given()
    {
        var text = AllText(_renderer.Render(Sample() with { Organisation = _dagobert with { BranchNumber = "000038509504" } }));

        Assert.Contains("KvK-nummer 69599084", text);
        Assert.Contains("Vestigingsnummer 000038509504", text);
    }

    [Fact]
    public void States_registration_on_the_kvk_number_when_there_is_no_branch_number()
    {
        var text = AllText(_renderer.Render(Sample() with { Organisation = _dagobert with { BranchNumber = null } }));

        Assert.Contains("KvK-nummer 69599084", text);
        Assert.Contains("Vestigingsnummer geen: registratie op het KvK-nummer", text);
        Assert.DoesNotContain("000038509504", text);
    }

    [Theory]
    [InlineData(AssuranceLevel.EH2)]
    [InlineData(AssuranceLevel.EH2Plus)]
    [InlineData(AssuranceLevel.EH3)]
    [InlineData(AssuranceLevel.EH4)]
    public void Shows_the_level_by_its_display_name(AssuranceLevel level)
    {
        var text = AllText(_renderer.Render(Sample(level)));

        Assert.Contains($"Betrouwbaarheidsniveau {level.DisplayName()}", text);
    }

    [Theory]
    [InlineData(true, "ja", "nee")]
    [InlineData(false, "nee", "ja")]
    public void Says_whether_it_upgrades_existing_means(bool isUpgrade, string shown, string notShown)
    {
        var text = AllText(_renderer.Render(Sample() with { IsUpgrade = isUpgrade }));

        Assert.Contains($"Opwaardering van bestaande middelen: {shown}", text);
        Assert.DoesNotContain($"Opwaardering van bestaande middelen: {notShown}", text);
    }

    [Theory]
    [InlineData(AssuranceLevel.EH2)]
    [InlineData(AssuranceLevel.EH2Plus)]
    [InlineData(AssuranceLevel.EH3)]
    [InlineData(AssuranceLevel.EH4)]
    public void Lists_exactly_the_enclosures_of_the_level(AssuranceLevel level)
    {
        var text = AllText(_renderer.Render(Sample(level)));

        var sample = Sample(level);
        var expected = EnclosureChecklist.For(level, sample.EvidenceHolders);
        Assert.All(expected, line => Assert.Contains(line, text));
        Assert.All(EnclosureChecklist.For(AssuranceLevel.EH4, sample.EvidenceHolders).Except(expected), line => Assert.DoesNotContain(line, text));
    }

    [Fact]
    public void Names_every_person_who_needs_the_evidence_the_beheerder_with_an_own_means_too()
    {
        var text = AllText(_renderer.Render(Sample(AssuranceLevel.EH3, users: 2)));

        Assert.Contains("van J. Jansen1 (gebruiker), J. Jansen2 (gebruiker) en K. Kwak (machtigingenbeheerder, eigen middel)", text);
    }

    [Fact]
    public void Eh2_does_not_ask_for_id_document_copies()
    {
        var text = AllText(_renderer.Render(Sample(AssuranceLevel.EH2)));

        Assert.Contains(EnclosureChecklist.SignedContract, text);
        Assert.DoesNotContain("identiteitsbewijs", text);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(30)]
    public void Numbers_every_page_with_the_page_count(int users)
    {
        using var pdf = PdfDocument.Open(_renderer.Render(Sample(users: users)));
        var count = pdf.NumberOfPages;

        foreach (var page in pdf.GetPages())
        {
            Assert.Contains($"Referentie EH-2026-000123 — pagina {page.Number} van {count}", PageText(page));
        }
    }

    [Fact]
    public void Many_users_span_several_pages_and_all_appear()
    {
        var model = Sample(users: 30);

        var bytes = _renderer.Render(model);

        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.NumberOfPages >= 4, $"30 users fit on {pdf.NumberOfPages} pages.");
        var text = AllText(bytes);
        Assert.All(model.Users, user => Assert.Contains($"{user.Initials} {user.Surname} ", text));
    }

    [Fact]
    public void Jointly_authorised_representatives_are_told_a_majority_must_sign()
    {
        var text = AllText(_renderer.Render(Sample() with { JointlyAuthorised = true }));

        Assert.Contains(JointAuthoritySentence, text);
    }

    [Fact]
    public void Independently_authorised_representatives_get_no_majority_sentence()
    {
        var text = AllText(_renderer.Render(Sample() with { JointlyAuthorised = false }));

        Assert.DoesNotContain("meerderheid", text);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Has_one_signature_block_per_legal_representative(int representatives)
    {
        var model = Sample() with { LegalRepresentatives = [.. Enumerable.Range(1, representatives).Select(n => Person("R.", $"Vertegenwoordiger{n}"))] };

        var text = AllText(_renderer.Render(model));

        Assert.Equal(representatives, Regex.Count(text, "Handtekening:"));
        var signing = text[text.LastIndexOf("Ondertekening", StringComparison.Ordinal)..];
        Assert.All(model.LegalRepresentatives, p => Assert.Contains($"{p.Initials} {p.Surname}", signing));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public void Never_splits_a_signature_block_over_two_pages(int users)
    {
        var model = Sample(users: users) with { LegalRepresentatives = [.. Enumerable.Range(1, 5).Select(n => Person("R.", $"Vertegenwoordiger{n}"))] };

        using var pdf = PdfDocument.Open(_renderer.Render(model));

        var blocks = 0;
        foreach (var page in pdf.GetPages())
        {
            var words = page.GetWords().ToList();
            Assert.All(words, w => Assert.InRange(w.BoundingBox.Bottom, 0, page.Height));
            foreach (var signature in words.Where(w => w.Text == "Handtekening:"))
            {
                // The block's name and "Plaats:" stand in the same column above "Handtekening:" on the same page.
                Assert.Contains(words, w => w.Text == "Plaats:" && SameColumnAbove(w, signature, 60));
                Assert.Contains(words, w => w.Text.StartsWith("Vertegenwoordiger", StringComparison.Ordinal) && SameColumnAbove(w, signature, 100));
                blocks++;
            }
        }
        Assert.Equal(5, blocks);
    }

    [Theory]
    [InlineData(ContractRush.None, "Spoedprocedure nee")]
    [InlineData(ContractRush.SameDay, "Spoedprocedure ja, verwerking en verzending op dezelfde werkdag")]
    [InlineData(ContractRush.Courier, "De wettelijk vertegenwoordiger moet bij de bezorging aanwezig zijn")]
    public void States_the_rush_option(ContractRush rush, string expected)
    {
        var text = AllText(_renderer.Render(Sample() with { Rush = rush }));

        Assert.Contains(expected, text);
    }

    [Fact]
    public void Shows_the_fees_and_the_return_address()
    {
        var model = Sample();

        var text = AllText(_renderer.Render(model));

        Assert.All(model.Fees.Lines, line => Assert.Contains($"{line.Description} {line.AmountText}", text));
        Assert.Contains("Totaal € 245,03", text);
        Assert.Contains(string.Join(' ', model.Issuer.ReturnAddressLines), text);
    }

    [Fact]
    public void Sets_the_pdf_title_and_author_and_uses_only_the_embedded_fonts()
    {
        using var pdf = PdfDocument.Open(_renderer.Render(Sample()));

        Assert.Equal("Aanvraag eHerkenningsmiddelen EH-2026-000123", pdf.Information.Title);
        Assert.Equal("Voorbeeld Middelenuitgever B.V.", pdf.Information.Author);
        Assert.All(pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct(), font => Assert.Contains("DejaVu", font));
    }

    [Fact]
    public void Refuses_eh1_which_has_no_contract()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _renderer.Render(Sample(AssuranceLevel.EH1)));
    }

    private static ContractModel Sample(AssuranceLevel level = AssuranceLevel.EH3, int users = 3) => new()
    {
        Reference = "EH-2026-000123",
        DateText = "23 november 2026",
        Level = level,
        LevelName = level.DisplayName(),
        IsUpgrade = false,
        Organisation = _dagobert,
        LegalRepresentatives = [Person("D.", "Duck"), Person("G.", "Gans")],
        JointlyAuthorised = true,
        AuthorizationManagers = [Person("K.", "Kwak")],
        Users =
        [
            .. Enumerable.Range(1, users).Select(n => new ContractUser(
                "J.", $"Jansen{n}", "1 mei 1990", $"j.jansen{n}@dagobert.example", "020 555 00 00", "06 1234 5678",
                ["UWV — Werkgeversportaal (EH3)", $"RVO — Mijn RVO {n} (EH3)"])),
        ],
        EvidenceHolders = [.. Enumerable.Range(1, users).Select(n => $"J. Jansen{n} (gebruiker)"), "K. Kwak (machtigingenbeheerder, eigen middel)"],
        Fees = new(
            [new("3 eHerkenningsmiddelen EH3, 1 jaar", "€ 135,00"), new("Spoedprocedure met koerier", "€ 40,00"), new("Koerierskosten", "€ 27,50")],
            "€ 202,50", "Btw 21%", "€ 42,53", "€ 245,03"),
        Rush = ContractRush.Courier,
        Issuer = new("Voorbeeld Middelenuitgever B.V.", ["Voorbeeld Middelenuitgever B.V.", "Antwoordnummer 12345", "1000 VB Amsterdam"]),
    };

    private static ContractPerson Person(string initials, string surname) =>
        new(initials, surname, "1 maart 1980", $"{surname.ToLowerInvariant()}@dagobert.example", "020 123 45 67");

    private static bool SameColumnAbove(Word word, Word below, double within) =>
        Math.Abs(word.BoundingBox.Left - below.BoundingBox.Left) < 40
        && word.BoundingBox.Bottom > below.BoundingBox.Bottom
        && word.BoundingBox.Bottom - below.BoundingBox.Bottom < within;

    private static string AllText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(' ', document.GetPages().Select(PageText));
    }

    // Words in reading order, one space apart, so a sentence wrapped over two lines still reads as one.
    private static string PageText(Page page) => string.Join(' ', page.GetWords().Select(w => w.Text));
}
