using System.Text.RegularExpressions;

namespace Beheermodule.Core.Pdf;

/// <summary>
/// The line-based markup that the templates under templates/pdf/ render to; each template's opening comment
/// describes it for authors. Keeping the wording in the template and the layout in code lets either change alone.
/// </summary>
internal sealed partial record PdfMarkup(IReadOnlyList<MarkupElement> Elements, string Title, string? Footer)
{
    public static PdfMarkup Parse(string markup)
    {
        var elements = new List<MarkupElement>();
        string? title = null;
        string? footer = null;

        foreach (var raw in markup.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            switch (line)
            {
                case "":
                    // Several blank lines in a row still make one paragraph gap; none at the very start.
                    if (elements.Count > 0 && elements[^1] is not MarkupElement.Space)
                    {
                        elements.Add(new MarkupElement.Space());
                    }
                    continue;
                case "[pagebreak]":
                    elements.Add(new MarkupElement.PageBreak());
                    continue;
                case "---":
                    elements.Add(new MarkupElement.Rule());
                    continue;
            }

            if (line.StartsWith("[footer]", StringComparison.Ordinal))
            {
                footer = line["[footer]".Length..].Trim();
            }
            else if (line.StartsWith("[address]", StringComparison.Ordinal))
            {
                elements.Add(new MarkupElement.AddressLine(line["[address]".Length..].Trim()));
            }
            else if (line.StartsWith("[code]", StringComparison.Ordinal))
            {
                elements.Add(new MarkupElement.Code(line["[code]".Length..].Trim()));
            }
            else if (line.StartsWith("[signature]", StringComparison.Ordinal))
            {
                var (name, role) = SplitPipe(line["[signature]".Length..]);
                elements.Add(new MarkupElement.Signature(name, role));
            }
            else if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                elements.Add(new MarkupElement.Subheading(line[4..].Trim()));
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                elements.Add(new MarkupElement.Heading(line[3..].Trim()));
            }
            else if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                title ??= line[2..].Trim();
                elements.Add(new MarkupElement.Title(line[2..].Trim()));
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                elements.Add(new MarkupElement.Bullet(line[2..].Trim()));
            }
            else if (line.StartsWith("~ ", StringComparison.Ordinal))
            {
                elements.Add(new MarkupElement.Note(line[2..].Trim()));
            }
            else if (RowPattern().Match(line) is { Success: true } row)
            {
                elements.Add(new MarkupElement.Row(
                    row.Groups["key"].Value.Trim(),
                    row.Groups["value"].Value.Trim(),
                    Amount: row.Groups["pipe"].Value == "||",
                    Strong: row.Groups["strong"].Success));
            }
            else if (StepPattern().Match(line) is { Success: true } step)
            {
                elements.Add(new MarkupElement.Bullet(step.Groups["text"].Value, step.Groups["number"].Value));
            }
            else
            {
                elements.Add(new MarkupElement.Paragraph(line));
            }
        }

        if (elements.Count > 0 && elements[^1] is MarkupElement.Space)
        {
            elements.RemoveAt(elements.Count - 1);
        }
        return new PdfMarkup(elements, title ?? "", footer);
    }

    private static (string Left, string? Right) SplitPipe(string text)
    {
        var bar = text.IndexOf('|', StringComparison.Ordinal);
        return bar < 0
            ? (text.Trim(), null)
            : (text[..bar].Trim(), text[(bar + 1)..].Trim() is { Length: > 0 } right ? right : null);
    }

    // "key | value", "key || amount", "| continued value", each optionally led by "!" for bold.
    [GeneratedRegex(@"^(?<strong>!)?(?<key>.*?)(?:^|\s)(?<pipe>\|\|?)\s(?<value>.*)$")]
    private static partial Regex RowPattern();

    // "1. text": a numbered step, laid out as a bullet with its number as the mark.
    [GeneratedRegex(@"^(?<number>[0-9]{1,2}\.)\s+(?<text>.+)$")]
    private static partial Regex StepPattern();
}

internal abstract record MarkupElement
{
    public sealed record Title(string Text) : MarkupElement;

    public sealed record Heading(string Text) : MarkupElement;

    public sealed record Subheading(string Text) : MarkupElement;

    public sealed record Paragraph(string Text) : MarkupElement;

    public sealed record Note(string Text) : MarkupElement;

    /// <param name="Mark">What stands before the text: a bullet, or the step number ("1.").</param>
    public sealed record Bullet(string Text, string Mark = "•") : MarkupElement;

    /// <param name="Amount">The value is an amount, right-aligned so the figures line up.</param>
    public sealed record Row(string Key, string Value, bool Amount, bool Strong) : MarkupElement;

    public sealed record Signature(string Name, string? Role) : MarkupElement;

    /// <summary>One line of the postal address, placed in the envelope window rather than in the text flow.</summary>
    public sealed record AddressLine(string Text) : MarkupElement;

    /// <summary>A code the reader types over: large, each character in a cell of its own.</summary>
    public sealed record Code(string Text) : MarkupElement;

    public sealed record Rule : MarkupElement;

    public sealed record Space : MarkupElement;

    public sealed record PageBreak : MarkupElement;
}
