using System.Net;
using Beheermodule.Core.Accounts;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.IntegrationTests.Accounts;

/// <summary>Rule 8: a forgotten username goes by e-mail to the known address; the page tells nobody whether it is known.</summary>
public sealed class ForgotUserNameTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private const string PagePath = "/inloggen/gebruikersnaam-vergeten";

    private async Task CreateAccountAsync(string userName, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var created = await users.CreateAsync(new UserAccount { UserName = userName, Email = email, Initials = "A.", Surname = "Vergeetachtig" }, "zomer26fiets");
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Description)));
    }

    private async Task<string> AskAsync(string email)
    {
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        await client.GetPageAsync(PagePath);
        var (response, page) = await client.PostFormAndReadAsync(PagePath, [new("Email", email)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page.QuerySelector("main")!.TextContent;
    }

    [Fact]
    public async Task AKnownAddress_GetsItsUsername_ByMail()
    {
        await CreateAccountAsync("vergeten-een", "vergeetachtig@example.nl");

        var answer = await AskAsync("  Vergeetachtig@Example.nl ");

        Assert.Contains("ontvangt u binnen enkele minuten een e-mail", answer);
        var mail = Assert.Single(await factory.DeliveredMailAsync(), m => m.To.Mailboxes.Any(a => a.Address == "vergeetachtig@example.nl"));
        Assert.Equal("Uw gebruikersnaam voor eHerkenning", mail.Subject);
        Assert.Contains("- vergeten-een", mail.TextBody);
        Assert.Contains($"{BeheermoduleFactory.PublicBaseUrl}/inloggen", mail.TextBody);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "account.username-reminder" && e.Outcome == Beheermodule.Core.Audit.AuditOutcome.Success)));
    }

    [Fact]
    public async Task AnUnknownAddress_GetsTheSameAnswer_AndNoMailGoesOut()
    {
        await CreateAccountAsync("bekend-adres", "bekend@example.nl");
        var known = await AskAsync("bekend@example.nl");
        var mailBefore = (await factory.DeliveredMailAsync()).Count;

        var unknown = await AskAsync("onbekend@example.nl");

        Assert.Equal(known.Replace("bekend@example.nl", "ADRES"), unknown.Replace("onbekend@example.nl", "ADRES"));
        Assert.Equal(mailBefore, (await factory.DeliveredMailAsync()).Count);
    }

    [Fact]
    public async Task AnInvalidAddress_IsExplainedBesideTheField_AndKept()
    {
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        await client.GetPageAsync(PagePath);

        var (_, page) = await client.PostFormAndReadAsync(PagePath, [new("Email", "geen-adres")]);

        Assert.Equal("Vul een geldig e-mailadres in, zoals naam@bedrijf.nl.", page.QuerySelector(".field-error .error-message")!.TextContent.Trim());
        Assert.Equal("geen-adres", page.QuerySelector("input[name=Email]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task TheLogInPage_LinksToIt()
    {
        var page = await new BrowserLikeClient(factory.CreateBrowserClient()).GetPageAsync("/inloggen");

        Assert.NotNull(page.QuerySelector($"a[href='{PagePath}']"));
    }
}
