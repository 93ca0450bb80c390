using SkiaSharp;

namespace Beheermodule.Core.Pdf;

/// <summary>
/// The house typography: measures and draws the markup elements that every PDF document shares, so the contract
/// and the activation letters look like they come from one issuer. Where elements go on a page is the caller's job.
/// Holds native fonts and paints: make one per document or batch, not one per page.
/// </summary>
internal sealed class MarkupPainter : IDisposable
{
    public const float KeyColumn = 150;
    public const float ValueOffset = 160;
    public const float AmountColumn = 110;
    private const float MarkColumn = 14;

    public static readonly SKColor TextColor = new(0x1C, 0x23, 0x2B);
    public static readonly SKColor MutedColor = new(0x5B, 0x65, 0x73);
    public static readonly SKColor AccentColor = new(0x1F, 0x3A, 0x5F);
    public static readonly SKColor LineColor = new(0xC9, 0xD0, 0xD8);

    public PdfTextStyle Body { get; } = new(PdfFonts.Regular, 10, 14.5f, TextColor);

    public PdfTextStyle Strong { get; } = new(PdfFonts.Bold, 10, 14.5f, TextColor);

    public PdfTextStyle Key { get; } = new(PdfFonts.Regular, 10, 14.5f, MutedColor);

    public PdfTextStyle Note { get; } = new(PdfFonts.Regular, 8.5f, 12, MutedColor);

    public PdfTextStyle Title { get; } = new(PdfFonts.Bold, 20, 28, AccentColor);

    public PdfTextStyle Heading { get; } = new(PdfFonts.Bold, 12.5f, 18, AccentColor);

    public PdfTextStyle Subheading { get; } = new(PdfFonts.Bold, 10.5f, 15, TextColor);

    public PdfTextStyle Footer { get; } = new(PdfFonts.Regular, 8, 11, MutedColor);

    public SKPaint RulePaint { get; } = new() { Color = LineColor, StrokeWidth = 0.6f, IsStroke = true, IsAntialias = true };

    /// <summary>The gap above an element that follows another one on the same page.</summary>
    public static float SpaceBefore(MarkupElement element) => element switch
    {
        MarkupElement.Heading => 20,
        MarkupElement.Subheading => 10,
        MarkupElement.Bullet => 2,
        MarkupElement.Rule => 3,
        _ => 0,
    };

    /// <summary>The height <see cref="Draw"/> will use; 0 for the elements a document places itself.</summary>
    public float Height(MarkupElement element, float width) => element switch
    {
        MarkupElement.Title title => Title.Height(title.Text, width) + 6,
        MarkupElement.Heading heading => Heading.Height(heading.Text, width) + 10,
        MarkupElement.Subheading subheading => Subheading.Height(subheading.Text, width) + 2,
        MarkupElement.Paragraph paragraph => Body.Height(paragraph.Text, width),
        MarkupElement.Note note => Note.Height(note.Text, width),
        MarkupElement.Bullet bullet => Body.Height(bullet.Text, width - MarkColumn),
        MarkupElement.Row row => RowHeight(row, width),
        MarkupElement.Rule => 6,
        MarkupElement.Space => 8,
        _ => 0,
    };

    /// <summary>Draws an element with its top at <paramref name="y"/>; returns the height used, as <see cref="Height"/>.</summary>
    public float Draw(SKCanvas canvas, MarkupElement element, float x, float y, float width)
    {
        switch (element)
        {
            case MarkupElement.Title title:
                return Title.Draw(canvas, title.Text, x, y, width) + 6;
            case MarkupElement.Heading heading:
                var below = y + Heading.Draw(canvas, heading.Text, x, y, width) + 3;
                canvas.DrawLine(x, below, x + width, below, RulePaint);
                return below - y + 7;
            case MarkupElement.Subheading subheading:
                return Subheading.Draw(canvas, subheading.Text, x, y, width) + 2;
            case MarkupElement.Paragraph paragraph:
                return Body.Draw(canvas, paragraph.Text, x, y, width);
            case MarkupElement.Note note:
                return Note.Draw(canvas, note.Text, x, y, width);
            case MarkupElement.Bullet bullet:
                Body.Draw(canvas, bullet.Mark, bullet.Mark == "•" ? x + 3 : x, y, MarkColumn);
                return Body.Draw(canvas, bullet.Text, x + MarkColumn, y, width - MarkColumn);
            case MarkupElement.Row row:
                return DrawRow(canvas, row, x, y, width);
            case MarkupElement.Rule:
                canvas.DrawLine(x, y + 3, x + width, y + 3, RulePaint);
                return 6;
            case MarkupElement.Space:
                return 8;
            default:
                return 0;
        }
    }

    /// <summary>A thin rule with the footer text below it, starting at <paramref name="top"/>.</summary>
    public void DrawFooter(SKCanvas canvas, string text, float x, float top, float width)
    {
        canvas.DrawLine(x, top, x + width, top, RulePaint);
        Footer.Draw(canvas, text, x, top + 6, width);
    }

    public void Dispose()
    {
        foreach (var style in new[] { Body, Strong, Key, Note, Title, Heading, Subheading, Footer })
        {
            style.Dispose();
        }
        RulePaint.Dispose();
    }

    private float RowHeight(MarkupElement.Row row, float width)
    {
        var (keyStyle, valueStyle) = RowStyles(row);
        return row.Amount
            ? Math.Max(keyStyle.Height(row.Key, width - AmountColumn), valueStyle.LineHeight) + 3
            : Math.Max(keyStyle.Height(row.Key, KeyColumn), valueStyle.Height(row.Value, width - ValueOffset)) + 3;
    }

    private float DrawRow(SKCanvas canvas, MarkupElement.Row row, float x, float y, float width)
    {
        var (keyStyle, valueStyle) = RowStyles(row);
        if (row.Amount)
        {
            var keyHeight = keyStyle.Draw(canvas, row.Key, x, y, width - AmountColumn);
            valueStyle.DrawRight(canvas, row.Value, x + width, y);
            return Math.Max(keyHeight, valueStyle.LineHeight) + 3;
        }
        var height = keyStyle.Draw(canvas, row.Key, x, y, KeyColumn);
        return Math.Max(height, valueStyle.Draw(canvas, row.Value, x + ValueOffset, y, width - ValueOffset)) + 3;
    }

    private (PdfTextStyle Key, PdfTextStyle Value) RowStyles(MarkupElement.Row row) =>
        row.Strong ? (Strong, Strong) : (row.Amount ? Body : Key, Body);
}
