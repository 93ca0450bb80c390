using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Templates;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Beheermodule.UnitTests.ActivationLetters;

public sealed class ActivationLetterPdfRendererTests
{
    private const double Millimetre = 72 / 25.4;
    private const double PageHeight = 842;

    private readonly ActivationLetterPdfRenderer _renderer = new(new TemplateRenderer(Options.Create(new TemplateOptions())));

    [Fact]
    public void Shows_the_holder_organisation_level_code_and_expiry()
    {
        using var pdf = PdfDocument.Open(_renderer.Render(ActivationLetterSamples.Letter(level: AssuranceLevel.EH2Plus)));
        var page = Assert.Single(pdf.GetPages());
        var text = PageText(page);

        Assert.Contains("Gebruiker J. Jansen", text);
        Assert.Contains("Organisatie Test EMZ Dagobert", text);
        Assert.Contains("KvK-nummer 69599084", text);
        Assert.Contains("Vestigingsnummer 000038509504", text);
        Assert.Contains("Betrouwbaarheidsniveau EH2+", text);
        Assert.Contains("Geldig tot 23 december 2026, 10:15 uur.", text);
        Assert.Contains("ABCD-EFGH-JKMN", Letters(page));
    }

    [Fact]
    public void Shows_where_to_activate_and_how_to_reach_the_helpdesk()
    {
        var text = PageText(Assert.Single(PdfDocument.Open(_renderer.Render(ActivationLetterSamples.Letter())).GetPages()));

        Assert.Contains("https://eherkenning.example.nl/activeren", text);
        Assert.Contains("088 123 45 67, bereikbaar op werkdagen van 8.30 tot 17.00 uur", text);
        Assert.Contains("De aanmeldcode is persoonlijk: alleen J. Jansen mag hem gebruiken.", text);
    }

    [Theory]
    [InlineData(AssuranceLevel.EH2)]
    [InlineData(AssuranceLevel.EH2Plus)]
    [InlineData(AssuranceLevel.EH3)]
    [InlineData(AssuranceLevel.EH4)]
    public void Shows_the_level_by_its_display_name(AssuranceLevel level)
    {
        var text = PageText(PdfDocument.Open(_renderer.Render(ActivationLetterSamples.Letter(level: level))).GetPage(1));

        Assert.Contains($"Betrouwbaarheidsniveau {level.DisplayName()}", text);
    }

    [Fact]
    public void Is_one_a4_page_with_only_the_embedded_fonts()
    {
        using var pdf = PdfDocument.Open(_renderer.Render(ActivationLetterSamples.Letter()));

        var page = Assert.Single(pdf.GetPages());
        Assert.Equal(595, page.Width, 0);
        Assert.Equal(842, page.Height, 0);
        Assert.Equal("Voorbeeld Middelenuitgever B.V.", pdf.Information.Author);
        Assert.All(page.Letters.Select(l => l.FontName).Distinct(), font => Assert.Contains("DejaVu", font));
    }

    [Fact]
    public void The_address_lies_inside_the_envelope_window()
    {
        var page = PdfDocument.Open(_renderer.Render(ActivationLetterSamples.Letter())).GetPage(1);

        // Window of a left-window envelope: 20 mm from the left, 50 mm from the top, 90 × 45 mm. PDF y runs upwards.
        var window = (Left: 20 * Millimetre, Right: 110 * Millimetre, Top: PageHeight - 50 * Millimetre, Bottom: PageHeight - 95 * Millimetre);
        var words = page.GetWords().Where(w => w.BoundingBox.Top < window.Top && w.BoundingBox.Bottom > window.Bottom && w.BoundingBox.Left < window.Right).ToList();

        Assert.Equal("Test EMZ Dagobert T.a.v. D. Duck Damrak 1 1012 LG AMSTERDAM", string.Join(' ', words.Select(w => w.Text)));
        Assert.All(words, w => Assert.InRange(w.BoundingBox.Left, window.Left + 3 * Millimetre, window.Right - 3 * Millimetre));
        Assert.All(words, w => Assert.InRange(w.BoundingBox.Right, window.Left + 3 * Millimetre, window.Right - 3 * Millimetre));
    }

    [Fact]
    public void The_code_lies_below_the_first_fold_so_it_never_shows_through_the_window()
    {
        var page = PdfDocument.Open(_renderer.Render(ActivationLetterSamples.Letter())).GetPage(1);

        var fold = PageHeight - 99 * Millimetre;
        Assert.Equal("ABCD-EFGH-JKMN", string.Concat(page.Letters.Where(l => l.PointSize > 15 && l.BoundingBox.Top < fold).Select(l => l.Value)));
        Assert.DoesNotContain("ABCD", string.Concat(page.Letters.Where(l => l.BoundingBox.Bottom >= fold).Select(l => l.Value)));
    }

    [Fact]
    public void A_batch_of_three_gives_three_pages_in_the_given_order()
    {
        var letters = new[] { "A. Eerste", "B. Tweede", "C. Derde" }
            .Select((name, i) => ActivationLetterSamples.Letter(holderName: name, code: $"ABCD-EFGH-JKM{"NPQ"[i]}"))
            .ToList();
        using var output = new MemoryStream();

        _renderer.RenderBatch(letters, output);

        using var pdf = PdfDocument.Open(output.ToArray());
        Assert.Equal(3, pdf.NumberOfPages);
        for (var i = 0; i < letters.Count; i++)
        {
            var page = pdf.GetPage(i + 1);
            Assert.Contains($"Gebruiker {letters[i].HolderName}", PageText(page));
            Assert.Contains(letters[i].ActivationCode, Letters(page));
            Assert.All(letters.Where((_, other) => other != i), other => Assert.DoesNotContain(other.HolderName, PageText(page)));
        }
    }

    [Fact]
    public void Reports_progress_after_every_letter_and_leaves_the_stream_open()
    {
        var reported = new List<int>();
        using var output = new MemoryStream();

        _renderer.RenderBatch(Enumerable.Range(0, 5).Select(_ => ActivationLetterSamples.Letter()), output, new SynchronousProgress(reported.Add));

        Assert.Equal([1, 2, 3, 4, 5], reported);
        output.WriteByte(0);
    }

    [Fact]
    public void Writes_pages_while_the_batch_is_still_being_enumerated()
    {
        using var output = new MemoryStream();
        var written = new List<long>();

        IEnumerable<ActivationLetterModel> Letters()
        {
            for (var i = 0; i < 300; i++)
            {
                if (i % 100 == 0)
                {
                    written.Add(output.Length);
                }
                yield return ActivationLetterSamples.Letter();
            }
        }
        _renderer.RenderBatch(Letters(), output);

        // Pages leave for the output as they are finished (the fonts follow at the end), so every hundred
        // letters asked for add about a hundred pages' worth of bytes to the output.
        Assert.Equal(3, written.Count);
        Assert.True(written[2] - written[1] > 100_000, $"Written by letter 0, 100, 200: {string.Join(", ", written)} bytes.");
        Assert.InRange(written[2] - written[1], (written[1] - written[0]) / 2, (written[1] - written[0]) * 2);
    }

    [Fact]
    public void An_empty_batch_is_refused()
    {
        using var output = new MemoryStream();

        Assert.Throws<ArgumentException>(() => _renderer.RenderBatch([], output));
    }

    [Fact]
    public void A_failing_letter_fails_the_batch()
    {
        using var output = new MemoryStream();
        var letters = new[] { ActivationLetterSamples.Letter(), ActivationLetterSamples.Letter(level: AssuranceLevel.EH1), ActivationLetterSamples.Letter() };

        Assert.Throws<ArgumentOutOfRangeException>(() => _renderer.RenderBatch(letters, output));
    }

    [Fact]
    public void Long_but_real_names_still_fit_on_the_page()
    {
        var letter = ActivationLetterSamples.Letter(holderName: "A.B.C. van den Hoogenband-Vermeulen de Wit") with
        {
            Recipient = new("M.J.A. van der Zee-Oudshoorn", "Stichting Samenwerkende Zorgorganisaties Midden- en Oost-Nederland",
                "Burgemeester van Walsum de Jonghlaan 1234 A", "9999 ZZ", "'s-Hertogenbosch"),
            Organisation = new("Stichting Samenwerkende Zorgorganisaties Midden- en Oost-Nederland en Omstreken", "69599068", "000038509520"),
        };

        var text = PageText(Assert.Single(PdfDocument.Open(_renderer.Render(letter)).GetPages()));

        Assert.Contains("'S-HERTOGENBOSCH", text);
        Assert.Contains("Geldig tot 23 december 2026, 10:15 uur.", text);
        Assert.Contains("Met vriendelijke groet, Voorbeeld Middelenuitgever B.V.", text);
    }

    [Fact]
    public void A_letter_that_does_not_fit_fails_rather_than_lose_text()
    {
        var letter = ActivationLetterSamples.Letter(holderName: string.Join(' ', Enumerable.Repeat("Naam", 400)));

        var error = Assert.Throws<InvalidOperationException>(() => _renderer.Render(letter));

        Assert.Contains("EH-2026-000123", error.Message);
        Assert.Contains("does not fit", error.Message);
    }

    private static string Letters(Page page) => string.Concat(page.Letters.Select(l => l.Value));

    // Words in reading order, one space apart, so a sentence wrapped over two lines still reads as one.
    private static string PageText(Page page) => string.Join(' ', page.GetWords().Select(w => w.Text));

    /// <summary>Reports on the renderer's thread, unlike Progress&lt;T&gt;, which posts to the thread pool.</summary>
    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
