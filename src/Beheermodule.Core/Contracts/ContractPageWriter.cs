using Beheermodule.Core.Pdf;
using QRCoder;
using SkiaSharp;

namespace Beheermodule.Core.Contracts;

/// <summary>
/// Lays contract markup out on A4 and draws it with Skia's PDF backend, so the text stays real, selectable text.
/// Layout runs first over the whole document because the footer needs the page count.
/// </summary>
internal sealed class ContractPageWriter : IDisposable
{
    private const float PageWidth = 595;
    private const float PageHeight = 842;
    private const float Margin = 56;
    private const float ContentWidth = PageWidth - 2 * Margin;
    private const float ContentTop = Margin;
    private const float ContentBottom = PageHeight - Margin;
    private const float QrSize = 72;
    private const float QrClearance = QrSize + 16;
    private const float SignatureGap = 20;
    private const float SignatureHeight = 168;

    private readonly MarkupPainter _painter = new();

    public static byte[] Write(PdfMarkup markup, string qrText, SKDocumentPdfMetadata metadata)
    {
        using var writer = new ContractPageWriter();
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

    public void Dispose() => _painter.Dispose();

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

    private static float SpaceBefore(MarkupElement element) =>
        element is SignatureRow ? 12 : MarkupPainter.SpaceBefore(element);

    private float Height(MarkupElement element, float width) =>
        element is SignatureRow ? SignatureHeight : _painter.Height(element, width);

    private void Draw(SKCanvas canvas, Placed placed)
    {
        var (x, y, width) = (Margin, placed.Y, placed.Width);
        if (placed.Element is SignatureRow signatures)
        {
            var blockWidth = (width - SignatureGap) / 2;
            for (var i = 0; i < signatures.Blocks.Count; i++)
            {
                DrawSignature(canvas, signatures.Blocks[i], x + i * (blockWidth + SignatureGap), y, blockWidth);
            }
            return;
        }
        _painter.Draw(canvas, placed.Element, x, y, width);
    }

    private void DrawSignature(SKCanvas canvas, MarkupElement.Signature signature, float x, float y, float width)
    {
        const float padding = 12;
        canvas.DrawRoundRect(new SKRoundRect(new SKRect(x, y, x + width, y + SignatureHeight), 4), _painter.RulePaint);

        var inner = x + padding;
        var innerWidth = width - 2 * padding;
        var top = y + padding;
        top += _painter.Subheading.Draw(canvas, signature.Name, inner, top, innerWidth);
        if (signature.Role is { } role)
        {
            top += _painter.Note.Draw(canvas, role, inner, top, innerWidth);
        }

        top += 10;
        foreach (var label in new[] { "Plaats:", "Datum:" })
        {
            _painter.Key.Draw(canvas, label, inner, top, innerWidth);
            var baseline = top + _painter.Key.LineHeight - 2;
            canvas.DrawLine(inner + 62, baseline, inner + innerWidth, baseline, _painter.RulePaint);
            top += 24;
        }
        _painter.Key.Draw(canvas, "Handtekening:", inner, top, innerWidth);
        var signLine = y + SignatureHeight - padding;
        canvas.DrawLine(inner, signLine, inner + innerWidth, signLine, _painter.RulePaint);
    }

    private void DrawFooter(SKCanvas canvas, string text) =>
        _painter.DrawFooter(canvas, text, Margin, ContentBottom + 16, ContentWidth);

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
}
