using SkiaSharp;

namespace Beheermodule.Core.Pdf;

/// <summary>A font with its colour and line height, able to wrap text to a width.</summary>
internal sealed class PdfTextStyle(SKTypeface typeface, float size, float lineHeight, SKColor color) : IDisposable
{
    private readonly SKFont _font = new(typeface, size) { Subpixel = true, Hinting = SKFontHinting.None };
    private readonly SKPaint _paint = new() { Color = color, IsAntialias = true };

    public float LineHeight { get; } = lineHeight;

    public float Height(string text, float width) => Wrap(text, width).Count * LineHeight;

    /// <summary>Draws wrapped text with its first line box at <paramref name="top"/>; returns the height used.</summary>
    public float Draw(SKCanvas canvas, string text, float x, float top, float width)
    {
        var lines = Wrap(text, width);
        for (var i = 0; i < lines.Count; i++)
        {
            canvas.DrawText(lines[i], x, Baseline(top + i * LineHeight), SKTextAlign.Left, _font, _paint);
        }
        return lines.Count * LineHeight;
    }

    public void DrawRight(SKCanvas canvas, string text, float right, float top) =>
        canvas.DrawText(text, right, Baseline(top), SKTextAlign.Right, _font, _paint);

    public void Dispose()
    {
        _font.Dispose();
        _paint.Dispose();
    }

    private float Baseline(float top)
    {
        var metrics = _font.Metrics;
        return top + (LineHeight - (metrics.Descent - metrics.Ascent)) / 2 - metrics.Ascent;
    }

    /// <summary>
    /// Breaks text at spaces so each line fits the width. Text that fits stays as it is (the two spaces between
    /// postal code and town stay two). Widths are measured per word and added up rather than per growing
    /// candidate line: Skia measures without kerning, so the sum is the same, and a batch of thousands of letters
    /// does not pay for measuring every line over and over.
    /// </summary>
    public List<string> Wrap(string text, float width)
    {
        if (_font.MeasureText(text) <= width)
        {
            return [text];
        }

        var lines = new List<string>();
        var start = -1;
        var end = 0;
        var used = 0f;
        var position = 0;
        while (position < text.Length)
        {
            var wordStart = position;
            while (wordStart < text.Length && text[wordStart] == ' ')
            {
                wordStart++;
            }
            var wordEnd = wordStart;
            while (wordEnd < text.Length && text[wordEnd] != ' ')
            {
                wordEnd++;
            }
            if (wordStart == wordEnd)
            {
                break;
            }

            var wordWidth = _font.MeasureText(text.AsSpan(wordStart, wordEnd - wordStart));
            var gapWidth = start < 0 ? 0 : _font.MeasureText(text.AsSpan(position, wordStart - position));
            if (start >= 0 && used + gapWidth + wordWidth <= width)
            {
                used += gapWidth + wordWidth;
                end = wordEnd;
            }
            else
            {
                if (start >= 0)
                {
                    lines.Add(text[start..end]);
                }
                (start, end, used) = (wordStart, wordEnd, wordWidth);
                // A word wider than the column (a long e-mail address) is cut where it no longer fits.
                while (used > width && end - start > 1)
                {
                    var fits = Math.Max(_font.BreakText(text.AsSpan(start, end - start), width), 1);
                    lines.Add(text.Substring(start, fits));
                    start += fits;
                    used = _font.MeasureText(text.AsSpan(start, end - start));
                }
            }
            position = wordEnd;
        }
        if (start >= 0 || lines.Count == 0)
        {
            lines.Add(start >= 0 ? text[start..end] : "");
        }
        return lines;
    }
}
