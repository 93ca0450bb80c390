using Beheermodule.Core.Pdf;
using SkiaSharp;

namespace Beheermodule.UnitTests.Pdf;

public sealed class PdfTextStyleTests : IDisposable
{
    private readonly PdfTextStyle _style = new(PdfFonts.Regular, 10, 14.5f, SKColors.Black);

    public void Dispose() => _style.Dispose();

    [Fact]
    public void Text_that_fits_stays_as_it_is_spaces_included()
    {
        Assert.Equal(["1012 LG  AMSTERDAM"], _style.Wrap("1012 LG  AMSTERDAM", 400));
    }

    [Fact]
    public void Long_text_breaks_between_words_and_every_line_fits()
    {
        var text = string.Join(' ', Enumerable.Range(1, 60).Select(n => $"woord{n}"));

        var lines = _style.Wrap(text, 200);

        Assert.True(lines.Count > 3);
        Assert.Equal(text, string.Join(' ', lines));
        using var font = new SKFont(PdfFonts.Regular, 10) { Subpixel = true, Hinting = SKFontHinting.None };
        Assert.All(lines, line => Assert.True(font.MeasureText(line) <= 200.01f, $"'{line}' is {font.MeasureText(line)} wide."));
        // Greedy: the first word of each next line would not have fitted on the line before.
        for (var i = 1; i < lines.Count; i++)
        {
            Assert.True(font.MeasureText($"{lines[i - 1]} {lines[i].Split(' ')[0]}") > 200);
        }
    }

    [Fact]
    public void A_word_wider_than_the_column_is_cut()
    {
        var address = "dagobert-met-een-heel-lang-adres@example-organisatie-met-een-lange-naam.nl";

        var lines = _style.Wrap($"E-mail {address} graag", 120);

        Assert.Equal("E-mail", lines[0]);
        Assert.Equal(address, string.Concat(lines.Skip(1).SkipLast(1)) + lines[^1].Split(' ')[0]);
        Assert.EndsWith("graag", lines[^1]);
    }

    [Fact]
    public void Empty_text_is_one_empty_line()
    {
        Assert.Equal([""], _style.Wrap("", 100));
        Assert.Equal(14.5f, _style.Height("", 100));
    }
}
