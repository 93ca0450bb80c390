using System.Text;

namespace Beheermodule.Core.AuthorizationManagement;

/// <summary>One record of a CSV file and the line it starts on, for messages people can find back.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Cells);

/// <summary>
/// Reads CSV as spreadsheets write it (RFC 4180: quoted cells, doubled quotes, line breaks inside quotes). Dutch Excel
/// separates with semicolons, others with commas or tabs: the header line decides.
/// </summary>
public static class CsvText
{
    public static IReadOnlyList<CsvRecord> Read(string text)
    {
        text = text.TrimStart('\uFEFF');
        var separator = Separator(text);
        var records = new List<CsvRecord>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                cells.Add(cell.ToString());
                cell.Clear();
                records.Add(new(recordLine, cells));
                cells = [];
                recordLine = ++line;
            }
            else
            {
                cell.Append(c);
            }
        }
        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            records.Add(new(recordLine, cells));
        }
        return records.Count > 0 ? records : [new(1, [])];
    }

    private static char Separator(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        return header.Contains(';') ? ';' : header.Contains('\t') ? '\t' : ',';
    }
}
