using QRCoder;
using SkiaSharp;

namespace Beheermodule.Core.Contracts;

/// <summary>
/// Lays contract markup out on A4 and draws it with Skia's PDF backend, so the text stays real, selectable text.
/// Layout runs first over the whole document because the footer needs the page count.
/// </summary>
internal sealed class PdfPageWriter : IDisposable
{
    private const float PageWidth = 595;
    private const float PageHeight = 842;
    private const float Margin = 56;
    private const float ContentWidth = PageWidth - 2 * Margin;
    private const float ContentTop = Margin;
    private const float ContentBottom = PageHeight - Margin;
    private const float QrSize = 72;
    private const float QrClearance = QrSize + 16;
    private const float KeyColumn = 150;
    private const float ValueOffset = 160;
    private const float AmountColumn = 110;
    private const float SignatureGap = 20;
    private const float SignatureHeight = 168;

    private static readonly SKColor _text = new(0x1C, 0x23, 0x2B);
    private static readonly SKColor _muted = new(0x5B, 0x65, 0x73);
    private static readonly SKColor _accent = new(0x1F, 0x3A, 0x5F);
    private static readonly SKColor _line = new(0xC9, 0xD0, 0xD8);

    private readonly TextStyle _body = new(ContractFonts.Regular, 10, 14.5f, _text);
    private readonly TextStyle _strong = new(ContractFonts.Bold, 10, 14.5f, _text);
    private readonly TextStyle _key = new(ContractFonts.Regular, 10, 14.5f, _muted);
    private readonly TextStyle _note = new(ContractFonts.Regular, 8.5f, 12, _muted);
    private readonly TextStyle _title = new(ContractFonts.Bold, 20, 28, _accent);
    private readonly TextStyle _heading = new(ContractFonts.Bold, 12.5f, 18, _accent);
    private readonly TextStyle _subheading = new(ContractFonts.Bold, 10.5f, 15, _text);
    private readonly TextStyle _footer = new(ContractFonts.Regular, 8, 11, _muted);
    private readonly SKPaint _rulePaint = new() { Color = _line, StrokeWidth = 0.6f, IsStroke = true, IsAntialias = true };

    public static byte[] Write(ContractMarkup markup, string qrText, SKDocumentPdfMetadata metadata)
    {
        using var writer = new PdfPageWriter();
        var pages = writer.Layout(GroupSignatures(markup.Elements));

        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output, metadata))
        {
            for (var index = 0; index < pages.Count; index++)
            {
                var canvas = document.BeginPage(PageWidth, PageHeight);
                if (index == 0)
                {
                    DrawQrCode(canvas, qrText, new SKRect(PageWidth - Margin - QrSize, ContentTop, PageWidth - Margin, ContentTop + QrSize));
                }
                foreach (var placed in pages[index])
                {
                    writer.Draw(canvas, placed);
                }
                if (markup.Footer is { } footer)
                {
                    writer.DrawFooter(canvas, footer.Replace("{page}", $"{index + 1}").Replace("{pages}", $"{pages.Count}"));
                }
                document.EndPage();
            }
            document.Close();
        }
        return output.ToArray();
    }

    public void Dispose()
    {
        foreach (var style in new[] { _body, _strong, _key, _note, _title, _heading, _subheading, _footer })
        {
            style.Dispose();
        }
        _rulePaint.Dispose();
    }

    private List<List<Placed>> Layout(IReadOnlyList<MarkupElement> elements)
    {
        var pages = new List<List<Placed>> { new() };
        var y = ContentTop;

        for (var i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            var atTop = pages[^1].Count == 0;
            if (element is MarkupElement.PageBreak)
            {
                if (!atTop)
                {
                    pages.Add([]);
                    y = ContentTop;
                }
                continue;
            }
            if (element is MarkupElement.Space && atTop)
            {
                continue;
            }

            var top = atTop ? y : y + SpaceBefore(element);
            var width = WidthAt(pages.Count - 1, top);
            var height = Height(element, width);
            var kept = KeptHeight(elements, i, height, width);
            // A group taller than a whole page may split; otherwise it moves to the next page as one.
            if (!atTop && (top + height > ContentBottom || (top + kept > ContentBottom && kept <= ContentBottom - ContentTop)))
            {
                pages.Add([]);
                top = y = ContentTop;
                if (element is MarkupElement.Space)
                {
                    continue;
                }
                width = WidthAt(pages.Count - 1, top);
                height = Height(element, width);
            }

            pages[^1].Add(new Placed(element, top, width));
            y = top + height;
        }
        if (pages.Count > 1 && pages[^1].Count == 0)
        {
            pages.RemoveAt(pages.Count - 1);
        }
        return pages;
    }

    /// <summary>
    /// Height of an element with everything that must stay on its page: a heading with what it introduces,
    /// a run of rows (one person's data) or bullets with the rest of the run.
    /// </summary>
    private float KeptHeight(IReadOnlyList<MarkupElement> elements, int index, float height, float width)
    {
        var total = height;
        for (var next = index + 1; next < elements.Count && KeepsWith(elements[next - 1], elements[next]); next++)
        {
            total += SpaceBefore(elements[next]) + Height(elements[next], width);
        }
        return total;
    }

    private static bool KeepsWith(MarkupElement element, MarkupElement next) => (element, next) switch
    {
        (_, MarkupElement.PageBreak) => false,
        (MarkupElement.Title or MarkupElement.Heading or MarkupElement.Subheading, _) => true,
        (MarkupElement.Paragraph paragraph, _) => paragraph.Text.EndsWith(':'),
        (MarkupElement.Row, MarkupElement.Row) or (MarkupElement.Bullet, MarkupElement.Bullet) => true,
        _ => false,
    };

    private static float WidthAt(int page, float top) =>
        page == 0 && top < ContentTop + QrSize ? ContentWidth - QrClearance : ContentWidth;

    private static float SpaceBefore(MarkupElement element) => element switch
    {
        MarkupElement.Heading => 20,
        MarkupElement.Subheading => 10,
        MarkupElement.Bullet => 2,
        MarkupElement.Rule => 3,
        SignatureRow => 12,
        _ => 0,
    };

    private float Height(MarkupElement element, float width) => element switch
    {
        MarkupElement.Title title => _title.Height(title.Text, width) + 6,
        MarkupElement.Heading heading => _heading.Height(heading.Text, width) + 10,
        MarkupElement.Subheading subheading => _subheading.Height(subheading.Text, width) + 2,
        MarkupElement.Paragraph paragraph => _body.Height(paragraph.Text, width),
        MarkupElement.Note note => _note.Height(note.Text, width),
        MarkupElement.Bullet bullet => _body.Height(bullet.Text, width - 14),
        MarkupElement.Row row => RowHeight(row, width),
        MarkupElement.Rule => 6,
        MarkupElement.Space => 8,
        SignatureRow => SignatureHeight,
        _ => 0,
    };

    private float RowHeight(MarkupElement.Row row, float width)
    {
        var (keyStyle, valueStyle) = RowStyles(row);
        return row.Amount
            ? Math.Max(keyStyle.Height(row.Key, width - AmountColumn), valueStyle.LineHeight) + 3
            : Math.Max(keyStyle.Height(row.Key, KeyColumn), valueStyle.Height(row.Value, width - ValueOffset)) + 3;
    }

    private (TextStyle Key, TextStyle Value) RowStyles(MarkupElement.Row row) =>
        row.Strong ? (_strong, _strong) : (row.Amount ? _body : _key, _body);

    private void Draw(SKCanvas canvas, Placed placed)
    {
        var (x, y, width) = (Margin, placed.Y, placed.Width);
        switch (placed.Element)
        {
            case MarkupElement.Title title:
                _title.Draw(canvas, title.Text, x, y, width);
                break;
            case MarkupElement.Heading heading:
                var below = y + _heading.Draw(canvas, heading.Text, x, y, width) + 3;
                canvas.DrawLine(x, below, x + width, below, _rulePaint);
                break;
            case MarkupElement.Subheading subheading:
                _subheading.Draw(canvas, subheading.Text, x, y, width);
                break;
            case MarkupElement.Paragraph paragraph:
                _body.Draw(canvas, paragraph.Text, x, y, width);
                break;
            case MarkupElement.Note note:
                _note.Draw(canvas, note.Text, x, y, width);
                break;
            case MarkupElement.Bullet bullet:
                _body.Draw(canvas, "•", x + 3, y, 10);
                _body.Draw(canvas, bullet.Text, x + 14, y, width - 14);
                break;
            case MarkupElement.Row row:
                DrawRow(canvas, row, x, y, width);
                break;
            case MarkupElement.Rule:
                canvas.DrawLine(x, y + 3, x + width, y + 3, _rulePaint);
                break;
            case SignatureRow signatures:
                var blockWidth = (width - SignatureGap) / 2;
                for (var i = 0; i < signatures.Blocks.Count; i++)
                {
                    DrawSignature(canvas, signatures.Blocks[i], x + i * (blockWidth + SignatureGap), y, blockWidth);
                }
                break;
        }
    }

    private void DrawRow(SKCanvas canvas, MarkupElement.Row row, float x, float y, float width)
    {
        var (keyStyle, valueStyle) = RowStyles(row);
        if (row.Amount)
        {
            keyStyle.Draw(canvas, row.Key, x, y, width - AmountColumn);
            valueStyle.DrawRight(canvas, row.Value, x + width, y);
        }
        else
        {
            keyStyle.Draw(canvas, row.Key, x, y, KeyColumn);
            valueStyle.Draw(canvas, row.Value, x + ValueOffset, y, width - ValueOffset);
        }
    }

    private void DrawSignature(SKCanvas canvas, MarkupElement.Signature signature, float x, float y, float width)
    {
        const float padding = 12;
        canvas.DrawRoundRect(new SKRoundRect(new SKRect(x, y, x + width, y + SignatureHeight), 4), _rulePaint);

        var inner = x + padding;
        var innerWidth = width - 2 * padding;
        var top = y + padding;
        top += _subheading.Draw(canvas, signature.Name, inner, top, innerWidth);
        if (signature.Role is { } role)
        {
            top += _note.Draw(canvas, role, inner, top, innerWidth);
        }

        top += 10;
        foreach (var label in new[] { "Plaats:", "Datum:" })
        {
            _key.Draw(canvas, label, inner, top, innerWidth);
            var baseline = top + _key.LineHeight - 2;
            canvas.DrawLine(inner + 62, baseline, inner + innerWidth, baseline, _rulePaint);
            top += 24;
        }
        _key.Draw(canvas, "Handtekening:", inner, top, innerWidth);
        var signLine = y + SignatureHeight - padding;
        canvas.DrawLine(inner, signLine, inner + innerWidth, signLine, _rulePaint);
    }

    private void DrawFooter(SKCanvas canvas, string text)
    {
        var top = ContentBottom + 16;
        canvas.DrawLine(Margin, top, PageWidth - Margin, top, _rulePaint);
        _footer.Draw(canvas, text, Margin, top + 6, ContentWidth);
    }

    private static void DrawQrCode(SKCanvas canvas, string text, SKRect area)
    {
        using var generator = new QRCodeGenerator();
        using var code = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = code.ModuleMatrix;
        // The matrix carries the white quiet zone around the code; the page margin already gives that room.
        var quietZone = (matrix.Count - (17 + 4 * code.Version)) / 2;
        var modules = matrix.Count - 2 * quietZone;
        var size = area.Width / modules;

        // One path for all dark modules, so viewers show no hairline seams between neighbouring squares.
        using var builder = new SKPathBuilder();
        for (var row = 0; row < modules; row++)
        {
            for (var column = 0; column < modules; column++)
            {
                if (matrix[row + quietZone][column + quietZone])
                {
                    builder.AddRect(SKRect.Create(area.Left + column * size, area.Top + row * size, size, size), SKPathDirection.Clockwise);
                }
            }
        }
        using var path = builder.Detach();
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = false };
        canvas.DrawPath(path, paint);
    }

    /// <summary>Consecutive signature blocks go side by side, two to a row; a row never splits over pages.</summary>
    private static List<MarkupElement> GroupSignatures(IReadOnlyList<MarkupElement> elements)
    {
        var grouped = new List<MarkupElement>();
        foreach (var element in elements)
        {
            if (element is MarkupElement.Signature signature)
            {
                if (grouped.Count > 0 && grouped[^1] is SignatureRow { Blocks.Count: 1 } open)
                {
                    grouped[^1] = new SignatureRow([.. open.Blocks, signature]);
                }
                else
                {
                    grouped.Add(new SignatureRow([signature]));
                }
            }
            else
            {
                grouped.Add(element);
            }
        }
        return grouped;
    }

    private sealed record Placed(MarkupElement Element, float Y, float Width);

    private sealed record SignatureRow(IReadOnlyList<MarkupElement.Signature> Blocks) : MarkupElement;

    /// <summary>A font with its colour and line height, able to wrap text to a width.</summary>
    private sealed class TextStyle(SKTypeface typeface, float size, float lineHeight, SKColor color) : IDisposable
    {
        private readonly SKFont _font = new(typeface, size) { Subpixel = true };
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

        private List<string> Wrap(string text, float width)
        {
            var lines = new List<string>();
            var current = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : $"{current} {word}";
                if (_font.MeasureText(candidate) <= width)
                {
                    current = candidate;
                    continue;
                }
                if (current.Length > 0)
                {
                    lines.Add(current);
                }
                current = word;
                // A word wider than the column (a long e-mail address) is cut where it no longer fits.
                while (_font.MeasureText(current) > width && current.Length > 1)
                {
                    var fits = Math.Max(_font.BreakText(current, width), 1);
                    lines.Add(current[..fits]);
                    current = current[fits..];
                }
            }
            if (current.Length > 0 || lines.Count == 0)
            {
                lines.Add(current);
            }
            return lines;
        }
    }
}
