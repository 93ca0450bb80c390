using Beheermodule.Core.Mail;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Beheermodule.UnitTests.Mail;

public sealed class MailPickupDirectoryTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("beheermodule-mail-");
    private readonly FakeTimeProvider _clock = new(MailTestHost.Start);
    private readonly IOptions<MailOptions> _options;
    private readonly MailPickupDirectory _pickup;
    private readonly PickupDirectoryMailTransport _transport;
    private readonly MailMessageFactory _factory;

    private static readonly MailBodyProtector Bodies = new(MailTestHost.SharedKeys);

    public MailPickupDirectoryTests()
    {
        // A folder that does not exist yet: the transport creates it.
        _options = Options.Create(new MailOptions { PickupDirectory = Path.Combine(_folder.FullName, "mail") });
        _pickup = new MailPickupDirectory(_options);
        _transport = new PickupDirectoryMailTransport(_options, _clock);
        _factory = new MailMessageFactory(_options, Bodies);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void EmptyOrMissingDirectory_ListsNothing() => Assert.Empty(_pickup.List());

    [Fact]
    public async Task WrittenMessages_AreListedNewestFirst_AndParsed()
    {
        await WriteAsync(1, "Eerste bericht");
        _clock.Advance(TimeSpan.FromSeconds(1));
        await WriteAsync(2, "Tweede bericht");
        File.WriteAllText(Path.Combine(_options.Value.PickupDirectoryPath(), "notities.eml"), "geen bericht");

        var list = _pickup.List();
        Assert.Equal(["Tweede bericht", "Eerste bericht"], list.Select(m => m.Subject));
        Assert.Equal("\"Jan de Vries\" <jan@example.nl>", list[0].To);
        Assert.Equal(MailTestHost.Start, list[1].Date);
        Assert.StartsWith("20261123090001000-", list[0].Id);

        var message = _pickup.Find(list[0].Id);
        Assert.NotNull(message);
        Assert.Equal("Tweede bericht", message.Summary.Subject);
        Assert.Equal("tekst 2", message.TextBody?.Trim());
        Assert.Equal("<html><head><title>2</title></head><body><a href=\"https://example.nl/\">link</a></body></html>", message.HtmlBody?.Trim());
        Assert.Contains("noreply@beheermodule.example", message.From);
    }

    [Fact]
    public async Task HtmlForViewer_OpensLinksInTheWholeTab()
    {
        await WriteAsync(1, "Met link");
        var html = _pickup.FindHtmlForViewer(_pickup.List().Single().Id);
        Assert.StartsWith("<html><head><base target=\"_top\"><title>", html);
    }

    [Theory]
    [InlineData("../mail/20261123090000000-0123456789abcdef0123456789abcdef")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/etc/passwd")]
    [InlineData("20261123090000000-0123456789abcdef0123456789abcdef/../../x")]
    [InlineData("20261123090000000-0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("")]
    [InlineData(null)]
    public void MalformedId_IsRefused(string? id)
    {
        Assert.False(MailPickupDirectory.IsValidId(id));
        Assert.Null(_pickup.Find(id));
        Assert.Null(_pickup.FindHtmlForViewer(id));
    }

    [Fact]
    public void UnknownWellFormedId_IsNotFound() =>
        Assert.Null(_pickup.Find("20261123090000000-0123456789abcdef0123456789abcdef"));

    private Task WriteAsync(long id, string subject) =>
        _transport.SendAsync(_factory.Create(new OutgoingMail
        {
            Id = id,
            ToAddress = "jan@example.nl",
            ToName = "Jan de Vries",
            Subject = subject,
            TextBody = Bodies.Protect($"tekst {id}"),
            HtmlBody = Bodies.Protect($"<html><head><title>{id}</title></head><body><a href=\"https://example.nl/\">link</a></body></html>"),
            TemplateName = "Test",
            CreatedAt = _clock.GetUtcNow().UtcDateTime,
        }), CancellationToken.None);
}
