using Microsoft.Extensions.Options;
using MimeKit;

namespace Beheermodule.Core.Mail;

/// <summary>Writes each message as an .eml file, for development and tests: nothing leaves the machine.</summary>
public sealed class PickupDirectoryMailTransport(IOptions<MailOptions> options, TimeProvider clock) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var directory = options.Value.PickupDirectoryPath();
        Directory.CreateDirectory(directory);
        var id = MailPickupDirectory.NewId(clock.GetUtcNow());
        var path = Path.Combine(directory, id + MailPickupDirectory.Extension);
        // Written under another name first, so the mail viewer never reads half a message.
        var temporary = path + ".tmp";
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, path);
    }
}
