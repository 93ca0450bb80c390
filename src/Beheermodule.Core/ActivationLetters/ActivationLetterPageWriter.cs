using Beheermodule.Core.Pdf;
using SkiaSharp;

namespace Beheermodule.Core.ActivationLetters;

/// <summary>
/// Lays one activation letter out on one A4 page for a left-window envelope. One writer serves a whole batch:
/// its fonts, paints and code-cell measurements are made once, not per letter.
/// </summary>
internal sealed class ActivationLetterPageWriter : IDisposable
{
    public const float PageWidth = 595;
    public const float PageHeight = 842;

    private const float Millimetre = 72 / 25.4f;
    private const float Margin = 20 * Millimetre;
    private const float ContentWidth = PageWidth - 2 * Margin;
    private const float LetterheadTop = 15 * Millimetre;
    // Low for a letter, but a long organisation name should not stop a print run: printers print to about 5 mm.
    private const float ContentBottom = PageHeight - 10 * Millimetre;

    // The Dutch left-window envelope: window 20 mm from the left and 50 mm from the top, 90 × 45 mm. The address
    // keeps 5 mm from its edges, so it stays readable when the letter shifts a little in the envelope.
    private const float WindowLeft = 20 * Millimetre;
    private const float WindowTop = 50 * Millimetre;
    private const float WindowWidth = 90 * Millimetre;
    private const float WindowHeight = 45 * Millimetre;
    private const float WindowPadding = 5 * Millimetre;

    // Folded in three, an A4 has its first fold at 99 mm; what lies below it can never slide into the window.
    // The text, and with it the code, starts a little lower still, to allow for folding a little off.
    private const float BodyTop = 101 * Millimetre;

    private const float CodeSize = 20;
    private const float CodePadding = 12;
    private const float CodeBoxHeight = 40;
    private const float CodeSpaceBefore = 4;
    private const float CodeSpaceAfter = 4;

    private readonly MarkupPainter _painter = new();
    private readonly SKFont _codeFont = new(PdfFonts.Bold, CodeSize) { Subpixel = true, Hinting = SKFontHinting.None };
    private readonly SKPaint _codePaint = new() { Color = MarkupPainter.AccentColor, IsAntialias = true };
    private readonly SKPaint _codeBoxPaint = new() { Color = new SKColor(0xF2, 0xF4, 0xF7), IsAntialias = true };
    private readonly float[] _codeAdvances = new float[128];
    private readonly float _codeCell;
    private readonly float _separatorCell;
    private readonly float _codeBaseline;

    public ActivationLetterPageWriter()
    {
        // Every character gets a cell as wide as the widest one, so the code reads like typewriter text and the
        // groups line up from letter to letter, without shipping a monospaced font for fourteen characters.
        foreach (var character in ActivationCodeFormat.Alphabet + ActivationCodeFormat.Separator)
        {
            _codeAdvances[character] = _codeFont.MeasureText(character.ToString());
        }
        _codeCell = ActivationCodeFormat.Alphabet.Max(character => _codeAdvances[character]) + 1.5f;
        _separatorCell = _codeAdvances[ActivationCodeFormat.Separator] + 8;
        var metrics = _codeFont.Metrics;
        _codeBaseline = (CodeBoxHeight - (metrics.Descent - metrics.Ascent)) / 2 - metrics.Ascent;
    }

    /// <summary>Draws the letter; throws when it does not fit, rather than print a letter with text cut off.</summary>
    /// <param name="letterName">Names the letter in that exception, e.g. its reference.</param>
    public void Draw(SKCanvas canvas, PdfMarkup markup, string letterName)
    {
        var elements = markup.Elements;
        var index = 0;

        var y = LetterheadTop;
        var atTop = true;
        for (; index < elements.Count && elements[index] is not MarkupElement.AddressLine; index++)
        {
            y = Flow(canvas, elements[index], y, ref atTop);
        }
        if (y > WindowTop)
        {
            throw DoesNotFit(letterName, "the letterhead runs into the envelope window");
        }

        var address = new List<string>();
        for (; index < elements.Count && elements[index] is MarkupElement.AddressLine line; index++)
        {
            address.Add(line.Text);
        }
        DrawAddress(canvas, address, letterName);

        y = BodyTop;
        atTop = true;
        for (; index < elements.Count; index++)
        {
            if (elements[index] is MarkupElement.AddressLine)
            {
                throw new InvalidOperationException($"Letter {letterName}: the [address] lines must follow each other.");
            }
            y = Flow(canvas, elements[index], y, ref atTop);
        }
        if (y > ContentBottom)
        {
            throw DoesNotFit(letterName, $"its text ends {(y - ContentBottom) / Millimetre:0} mm below the bottom margin");
        }

        if (markup.Footer is { } footer)
        {
            _painter.DrawFooter(canvas, footer, Margin, ContentBottom + 4, ContentWidth);
        }
    }

    public void Dispose()
    {
        _painter.Dispose();
        _codeFont.Dispose();
        _codePaint.Dispose();
        _codeBoxPaint.Dispose();
    }

    /// <summary>Draws an element below the previous one, as the contract does: no gap above the first one.</summary>
    private float Flow(SKCanvas canvas, MarkupElement element, float y, ref bool atTop)
    {
        if (element is MarkupElement.PageBreak || (element is MarkupElement.Space && atTop))
        {
            return y;
        }
        if (element is MarkupElement.Code code)
        {
            var top = atTop ? y : y + CodeSpaceBefore;
            atTop = false;
            return top + DrawCode(canvas, code.Text, Margin, top) + CodeSpaceAfter;
        }
        var elementTop = atTop ? y : y + MarkupPainter.SpaceBefore(element);
        atTop = false;
        return elementTop + _painter.Draw(canvas, element, Margin, elementTop, ContentWidth);
    }

    private void DrawAddress(SKCanvas canvas, List<string> lines, string letterName)
    {
        var width = WindowWidth - 2 * WindowPadding;
        var height = 0f;
        foreach (var line in lines)
        {
            height += _painter.Body.Height(line, width);
        }
        if (height > WindowHeight - 2 * WindowPadding)
        {
            throw DoesNotFit(letterName, "the address does not fit in the envelope window");
        }

        // Centred in the window, so the address survives the letter sliding a few millimetres either way.
        var top = WindowTop + (WindowHeight - height) / 2;
        foreach (var line in lines)
        {
            top += _painter.Body.Draw(canvas, line, WindowLeft + WindowPadding, top, width);
        }
    }

    /// <summary>The code in a tinted box, each character centred in its own cell; returns the height used.</summary>
    private float DrawCode(SKCanvas canvas, string code, float x, float y)
    {
        Span<SKPoint> positions = stackalloc SKPoint[code.Length];
        var left = x + CodePadding;
        for (var i = 0; i < code.Length; i++)
        {
            var character = code[i];
            var advance = character < _codeAdvances.Length && _codeAdvances[character] > 0
                ? _codeAdvances[character]
                : _codeFont.MeasureText(code.AsSpan(i, 1));
            var cell = character == ActivationCodeFormat.Separator ? _separatorCell : _codeCell;
            positions[i] = new SKPoint(left + (cell - advance) / 2, y + _codeBaseline);
            left += cell;
        }
        canvas.DrawRoundRect(SKRect.Create(x, y, left + CodePadding - x, CodeBoxHeight), 4, 4, _codeBoxPaint);
        using var blob = SKTextBlob.CreatePositioned(code, _codeFont, positions);
        canvas.DrawText(blob, 0, 0, _codePaint);
        return CodeBoxHeight;
    }

    private static InvalidOperationException DoesNotFit(string letterName, string reason) =>
        new($"Activation letter {letterName} does not fit on one A4 page: {reason}.");
}
