using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace Beheermodule.Core.Mail;

public sealed class MailOptions
{
    public const string Section = "Mail";

    [Required(ErrorMessage = "Mail:FromAddress is required.")]
    [EmailAddress(ErrorMessage = "Mail:FromAddress must be an e-mail address.")]
    public string FromAddress { get; set; } = "noreply@beheermodule.example";

    [Required(ErrorMessage = "Mail:FromName is required.")]
    public string FromName { get; set; } = "Beheermodule eHerkenning";

    /// <summary>Where messages are written as .eml files when no SMTP host is set; relative to the current directory.</summary>
    [Required(ErrorMessage = "Mail:PickupDirectory is required.")]
    public string PickupDirectory { get; set; } = "data/mail";

    public SmtpOptions Smtp { get; set; } = new();

    [Range(1, 3600, ErrorMessage = "Mail:PollSeconds must be between 1 and 3600.")]
    public int PollSeconds { get; set; } = 5;

    /// <summary>Delivery attempts before a message is given up; raising it later resumes the ones given up.</summary>
    [Range(1, 100, ErrorMessage = "Mail:MaxAttempts must be between 1 and 100.")]
    public int MaxAttempts { get; set; } = 8;

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);

    public string PickupDirectoryPath() => Path.GetFullPath(PickupDirectory);
}

public sealed class SmtpOptions
{
    private static readonly Dictionary<string, SecureSocketOptions> SecurityModes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["StartTls"] = SecureSocketOptions.StartTls,
        ["SslOnConnect"] = SecureSocketOptions.SslOnConnect,
        ["None"] = SecureSocketOptions.None,
        ["Auto"] = SecureSocketOptions.Auto,
    };

    /// <summary>Null or empty: no SMTP, messages go to the pickup directory.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>StartTls, SslOnConnect, None or Auto.</summary>
    public string Security { get; set; } = "StartTls";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public static IReadOnlyCollection<string> SecurityNames => SecurityModes.Keys;

    public static bool TryGetSocketOptions(string? security, out SecureSocketOptions options) =>
        SecurityModes.TryGetValue(security ?? "", out options);
}
