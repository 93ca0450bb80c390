using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Beheermodule.Core.Mail;

/// <summary>Reads the .eml files of the pickup directory, for the development mail viewer.</summary>
public sealed partial class MailPickupDirectory(IOptions<MailOptions> options)
{
    public const string Extension = ".eml";
    private const string TimestampFormat = "yyyyMMddHHmmssfff";

    /// <summary>A new file id: the UTC time first, so ordering by id orders by time.</summary>
    public static string NewId(DateTimeOffset now) =>
        $"{now.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}";

    /// <summary>Only ids of the form <see cref="NewId"/> makes, so an id can never point outside the directory.</summary>
    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    /// <summary>The newest messages first.</summary>
    public IReadOnlyList<PickedUpMailSummary> List(int limit = 200)
    {
        var directory = options.Value.PickupDirectoryPath();
        if (!Directory.Exists(directory))
        {
            return [];
        }
        return Directory.EnumerateFiles(directory, "*" + Extension)
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(IsValidId)
            .OrderDescending(StringComparer.Ordinal)
            .Take(limit)
            .Select(id => Summarize(id, Load(directory, id)))
            .ToList();
    }

    /// <summary>One message; null for an unknown or malformed id.</summary>
    public PickedUpMail? Find(string? id)
    {
        if (!IsValidId(id))
        {
            return null;
        }
        var directory = options.Value.PickupDirectoryPath();
        if (!File.Exists(Path.Combine(directory, id + Extension)))
        {
            return null;
        }
        var message = Load(directory, id!);
        return new PickedUpMail(Summarize(id!, message), message.From.ToString(), message.TextBody, message.HtmlBody);
    }

    /// <summary>
    /// The HTML body for the viewer's iframe, with a base target so a link replaces the whole tab instead of
    /// opening inside the frame.
    /// </summary>
    public string? FindHtmlForViewer(string? id)
    {
        var html = Find(id)?.HtmlBody;
        if (html is null)
        {
            return null;
        }
        const string baseTag = "<base target=\"_top\">";
        var head = HeadTag().Match(html);
        return head.Success ? html.Insert(head.Index + head.Length, baseTag) : baseTag + html;
    }

    private static MimeMessage Load(string directory, string id) => MimeMessage.Load(Path.Combine(directory, id + Extension));

    private static PickedUpMailSummary Summarize(string id, MimeMessage message) =>
        new(id, message.Date, message.To.ToString(), message.Subject ?? "");

    [GeneratedRegex("^[0-9]{17}-[0-9a-f]{32}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("<head(\\s[^>]*)?>", RegexOptions.IgnoreCase)]
    private static partial Regex HeadTag();
}

public sealed record PickedUpMailSummary(string Id, DateTimeOffset Date, string To, string Subject);

public sealed record PickedUpMail(PickedUpMailSummary Summary, string From, string? TextBody, string? HtmlBody);
