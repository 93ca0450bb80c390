using System.Net;
using AngleSharp.Html.Dom;
using Beheermodule.Core.Levels;
using Beheermodule.IntegrationTests.Accounts;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.IntegrationTests.ServiceLogin;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace Beheermodule.IntegrationTests.Backoffice;

/// <summary>
/// Staff register services as OpenID Connect clients at /backoffice/diensten: the secret is shown once and works,
/// mistakes are explained beside their field, a new secret replaces the old one, an unregistered client gets no codes,
/// and nobody but staff changes anything.
/// </summary>
public sealed class ServiceClientPagesTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private const string Page = "/backoffice/diensten";

    private static string NewClientId() => "dienst-" + Guid.NewGuid().ToString("N")[..8];

    private Task<int> MijnOverijsselAsync() =>
        factory.WithDbAsync(db => db.Services.Where(s => s.Name == ServiceLoginFlow.MijnOverijssel).Select(s => s.Id).SingleAsync());

    private static KeyValuePair<string, string>[] RegistrationForm(int serviceId, string clientId, string redirects, string postLogout = "", bool names = false) =>
    [
        new("Input.ServiceId", serviceId.ToString()), new("Input.ClientId", clientId), new("Input.RedirectUris", redirects),
        new("Input.PostLogoutRedirectUris", postLogout), new("Input.EntitledToNames", names ? "true" : "false"),
    ];

    /// <summary>Posts one of the page's forms with the token the page gave this session.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, string handler, IEnumerable<KeyValuePair<string, string>> fields, string tokenPage = Page)
    {
        var page = await BrowserLikeClient.ReadPageAsync(await http.GetAsync(tokenPage));
        var token = page.QuerySelector("form[method=post] input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        return await http.PostAsync($"{Page}?handler={handler}", new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    private static string SecretOn(IHtmlDocument page) =>
        page.QuerySelector("#issued-secret")?.TextContent.Trim() ?? throw new InvalidOperationException("No secret on the page.");

    /// <summary>A holder signed in with a password, with a machtiging for the client's service.</summary>
    private async Task<HttpClient> HolderWithMachtigingAsync(int serviceId)
    {
        var account = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH2, withResponder: false);
        var meansId = await factory.WithDbAsync(db => db.Means.Where(m => m.UserAccountId == account.Id).Select(m => m.Id).SingleAsync());
        await ServiceLoginFlow.GrantAsync(factory, meansId, serviceId);
        var browser = new BrowserLikeClient(factory.CreateBrowserClient());
        Assert.Equal("/", (await SignInAccounts.PostPasswordAsync(browser, account.UserName)).Headers.Location!.OriginalString);
        return browser.Http;
    }

    private async Task<bool> SecretWorksAsync(string clientId, string secret)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var application = await applications.FindByClientIdAsync(clientId);
        return application is not null && await applications.ValidateClientSecretAsync(application, secret);
    }

    private Task<bool> AuditedAsync(string action, string clientId) =>
        factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == action && e.Actor == "account:helpdesk" && e.Details!.Contains(clientId)));

    [Fact]
    public async Task RegisteringAClient_ShowsItsSecretOnce_AndAHolderLogsInThroughIt()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var serviceId = await MijnOverijsselAsync();
        var clientId = NewClientId();
        var redirect = $"https://{clientId}.example.nl/signin-oidc";

        var response = await PostAsync(desk.Client.Http, "Register",
            RegistrationForm(serviceId, clientId, $"{redirect}\r\nhttp://localhost:5005/signin-oidc", $"https://{clientId}.example.nl/", names: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        Assert.DoesNotContain(response.Headers, h => h.Key == "Location");
        var page = await BrowserLikeClient.ReadPageAsync(response);
        var secret = SecretOn(page);
        Assert.Equal(clientId, page.QuerySelector("#issued-client-id")!.TextContent.Trim());
        Assert.Contains("Bewaar dit geheim nu; wij tonen het niet opnieuw", page.QuerySelector("#geheim")!.TextContent);
        Assert.Equal("", BrowserLikeClient.ValueOf(page, "Input.ClientId"));

        var row = await factory.WithDbAsync(db => db.ServiceClients.SingleAsync(c => c.ClientId == clientId));
        Assert.Equal((serviceId, true, "helpdesk"), (row.ServiceId, row.EntitledToNames, row.CreatedBy));
        Assert.True(await AuditedAsync("service-client.registered", clientId));
        Assert.True(await SecretWorksAsync(clientId, secret));

        var listed = await desk.Client.GetPageAsync(Page);
        var line = listed.QuerySelector($"tr[data-client-id='{clientId}']")!.TextContent;
        Assert.Contains("Provincie Overijssel", line);
        Assert.Contains(redirect, line);
        Assert.Contains("http://localhost:5005/signin-oidc", line);
        Assert.DoesNotContain(secret, listed.DocumentElement.OuterHtml);

        var client = new RegisteredClient(clientId, secret, redirect, serviceId);
        var claims = await ServiceLoginFlow.LogInAsync(await HolderWithMachtigingAsync(serviceId), factory.CreateBrowserClient(), client);
        Assert.Equal("urn:etoegang:core:assurance-class:loa2", claims["acr"].GetString());
    }

    [Fact]
    public async Task ATakenClientId_IsRefusedBesideTheField_AndTheFormKeepsWhatWasTyped()
    {
        var existing = await ServiceLoginFlow.RegisterAsync(factory);
        var desk = await StaffDesk.SignInAsync(factory);
        var redirects = "https://elders.example.nl/signin-oidc";

        var response = await PostAsync(desk.Client.Http, "Register",
            RegistrationForm(existing.ServiceId, existing.ClientId, redirects, "https://elders.example.nl/", names: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserLikeClient.ReadPageAsync(response);
        Assert.Equal($"De client-id '{existing.ClientId}' is al in gebruik. Kies een andere.", BrowserLikeClient.ErrorBeside(page, "Input.ClientId"));
        Assert.Null(page.QuerySelector("#issued-secret"));
        Assert.Equal(existing.ClientId, BrowserLikeClient.ValueOf(page, "Input.ClientId"));
        Assert.Equal(redirects, page.QuerySelector("textarea[name='Input.RedirectUris']")!.TextContent.Trim());
        Assert.Equal(existing.ServiceId.ToString(), page.QuerySelector("select[name='Input.ServiceId'] option[selected]")!.GetAttribute("value"));
        Assert.True(page.QuerySelector("input[name='Input.EntitledToNames'][type=checkbox]")!.HasAttribute("checked"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.ServiceClients.CountAsync(c => c.ClientId == existing.ClientId)));
        Assert.True(await SecretWorksAsync(existing.ClientId, existing.Secret));
    }

    [Theory]
    [InlineData("http://dienst.example.nl/signin-oidc", "", "Input.RedirectUris", "gebruikt http. Alleen https is toegestaan")]
    [InlineData("dienst.example.nl/signin-oidc", "", "Input.RedirectUris", "is geen volledig webadres")]
    [InlineData("https://dienst.example.nl/signin-oidc#top", "", "Input.RedirectUris", "bevat een #")]
    [InlineData("  ", "", "Input.RedirectUris", "Vul ten minste één adres in.")]
    [InlineData("https://dienst.example.nl/signin-oidc", "ftp://dienst.example.nl/", "Input.PostLogoutRedirectUris", "is geen volledig webadres")]
    [InlineData("https://dienst.example.nl/signin-oidc", "http://127.0.0.2/", "Input.PostLogoutRedirectUris", "Alleen https is toegestaan, behalve voor localhost en 127.0.0.1")]
    public async Task ABadAddress_IsRefusedBesideItsField_AndNothingIsRegistered(string redirects, string postLogout, string field, string message)
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var clientId = NewClientId();

        var response = await PostAsync(desk.Client.Http, "Register", RegistrationForm(await MijnOverijsselAsync(), clientId, redirects, postLogout));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserLikeClient.ReadPageAsync(response);
        Assert.Contains(message, BrowserLikeClient.ErrorBeside(page, field) ?? "(no message beside the field)");
        Assert.Equal(clientId, BrowserLikeClient.ValueOf(page, "Input.ClientId"));
        Assert.Equal(redirects.Trim(), page.QuerySelector("textarea[name='Input.RedirectUris']")!.TextContent.Trim());
        Assert.Equal(postLogout, page.QuerySelector("textarea[name='Input.PostLogoutRedirectUris']")!.TextContent.Trim());
        Assert.False(await factory.WithDbAsync(db => db.ServiceClients.AnyAsync(c => c.ClientId == clientId)));
        Assert.False(await AuditedAsync("service-client.registered", clientId));
    }

    [Theory]
    [InlineData("ab", "Gebruik 3 tot 100 letters, cijfers of streepjes (-), zonder spaties.")]
    [InlineData("dienst met spaties", "Gebruik 3 tot 100 letters, cijfers of streepjes (-), zonder spaties.")]
    [InlineData("", "Vul een client-id in.")]
    public async Task AMalformedClientId_IsRefusedBesideTheField(string clientId, string message)
    {
        var desk = await StaffDesk.SignInAsync(factory);

        var response = await PostAsync(desk.Client.Http, "Register", RegistrationForm(await MijnOverijsselAsync(), clientId, "https://dienst.example.nl/signin-oidc"));

        var page = await BrowserLikeClient.ReadPageAsync(response);
        Assert.Equal(message, BrowserLikeClient.ErrorBeside(page, "Input.ClientId"));
        Assert.Null(page.QuerySelector("#issued-secret"));
    }

    [Fact]
    public async Task LettersForTheService_AreRefusedInDutchBesideTheField()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var form = RegistrationForm(0, NewClientId(), "https://dienst.example.nl/signin-oidc")
            .Select(f => f.Key == "Input.ServiceId" ? new KeyValuePair<string, string>(f.Key, "abc") : f);

        var page = await BrowserLikeClient.ReadPageAsync(await PostAsync(desk.Client.Http, "Register", form));

        Assert.Equal("'abc' is geen geldige waarde voor Dienst.", BrowserLikeClient.ErrorBeside(page, "Input.ServiceId"));
    }

    [Fact]
    public async Task ANewSecret_IsShownOnce_TheOldOneFailsAndTheNewOneWorks()
    {
        var client = await ServiceLoginFlow.RegisterAsync(factory);
        var desk = await StaffDesk.SignInAsync(factory);

        var form = (await desk.Client.GetPageAsync(Page)).QuerySelectorAll("form[action*='handler=RenewSecret']")
            .Single(f => f.QuerySelector("input[name=ClientId]")!.GetAttribute("value") == client.ClientId);
        KeyValuePair<string, string>[] fields = [new("ClientId", client.ClientId), new("Version", form.QuerySelector("input[name=Version]")!.GetAttribute("value")!)];
        var response = await PostAsync(desk.Client.Http, "RenewSecret", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        var page = await BrowserLikeClient.ReadPageAsync(response);
        var secret = SecretOn(page);
        Assert.NotEqual(client.Secret, secret);
        Assert.Contains("Het oude geheim werkt vanaf nu niet meer.", page.QuerySelector("#geheim")!.TextContent);
        Assert.False(await SecretWorksAsync(client.ClientId, client.Secret));
        Assert.True(await SecretWorksAsync(client.ClientId, secret));
        Assert.True(await AuditedAsync("service-client.secret-renewed", client.ClientId));
        Assert.DoesNotContain(secret, (await desk.Client.GetPageAsync(Page)).DocumentElement.OuterHtml);

        // The same form sent again (a refresh of the answer) makes no second secret: the one shown stays valid.
        var again = await PostAsync(desk.Client.Http, "RenewSecret", fields);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var told = await desk.Client.GetPageAsync(Page);
        Assert.StartsWith($"Het geheim van {client.ClientId} is net al vernieuwd", told.QuerySelector("#message")!.TextContent);
        Assert.True(await SecretWorksAsync(client.ClientId, secret));

        var holder = await HolderWithMachtigingAsync(client.ServiceId);
        var service = factory.CreateBrowserClient();
        var started = await ServiceLoginFlow.AuthorizeAsync(holder, client);
        var refused = await ServiceLoginFlow.ExchangeAsync(service, client, ServiceLoginFlow.CodeFrom(started, client), started.Verifier);
        Assert.False(refused.IsSuccessStatusCode);
        started = await ServiceLoginFlow.AuthorizeAsync(holder, client);
        var tokens = await ServiceLoginFlow.ExchangeAsync(service, client, ServiceLoginFlow.CodeFrom(started, client), started.Verifier, secret);
        Assert.True(tokens.IsSuccessStatusCode, await tokens.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unregistering_AsksForConfirmation_ThenTheClientGetsNoMoreCodes()
    {
        var client = await ServiceLoginFlow.RegisterAsync(factory);
        var holder = await HolderWithMachtigingAsync(client.ServiceId);
        ServiceLoginFlow.CodeFrom(await ServiceLoginFlow.AuthorizeAsync(holder, client), client);
        var desk = await StaffDesk.SignInAsync(factory);

        var confirmation = await desk.Client.GetPageAsync($"{Page}?ontkoppelen={client.ClientId}");
        Assert.Contains($"Client {client.ClientId} ontkoppelen?", confirmation.QuerySelector("#ontkoppelen-titel")!.TextContent);
        Assert.True(await factory.WithDbAsync(db => db.ServiceClients.AnyAsync(c => c.ClientId == client.ClientId)));

        var response = await PostAsync(desk.Client.Http, "Remove", [new("ClientId", client.ClientId)]);

        StaffDesk.AssertDone(response);
        var after = await desk.Client.GetPageAsync(Page);
        Assert.Contains($"De client {client.ClientId} is ontkoppeld.", after.QuerySelector("#message")!.TextContent);
        Assert.Null(after.QuerySelector($"tr[data-client-id='{client.ClientId}']"));
        Assert.False(await factory.WithDbAsync(db => db.ServiceClients.AnyAsync(c => c.ClientId == client.ClientId)));
        Assert.False(await SecretWorksAsync(client.ClientId, client.Secret));
        Assert.True(await AuditedAsync("service-client.removed", client.ClientId));

        var started = await ServiceLoginFlow.AuthorizeAsync(holder, client);
        var location = started.Response.Headers.Location?.OriginalString ?? "";
        Assert.False(location.StartsWith(client.RedirectUri, StringComparison.Ordinal), $"the removed client was sent back to: {location}");
        Assert.DoesNotContain("code=", location);
    }

    [Fact]
    public async Task ANonStaffHolder_GetsNoAccess_AndChangesNothing()
    {
        var client = await ServiceLoginFlow.RegisterAsync(factory);
        var holder = await HolderWithMachtigingAsync(client.ServiceId);
        var clientId = NewClientId();

        var responses = new[]
        {
            await holder.GetAsync(Page),
            await PostAsync(holder, "Register", RegistrationForm(client.ServiceId, clientId, "https://dief.example.nl/signin-oidc"), "/inloggen/wachtwoord-vergeten"),
            await PostAsync(holder, "RenewSecret", [new("ClientId", client.ClientId)], "/inloggen/wachtwoord-vergeten"),
            await PostAsync(holder, "Remove", [new("ClientId", client.ClientId)], "/inloggen/wachtwoord-vergeten"),
        };

        Assert.All(responses, r =>
        {
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.StartsWith("/geen-toegang", r.Headers.Location!.PathAndQuery);
        });
        Assert.False(await factory.WithDbAsync(db => db.ServiceClients.AnyAsync(c => c.ClientId == clientId)));
        Assert.True(await factory.WithDbAsync(db => db.ServiceClients.AnyAsync(c => c.ClientId == client.ClientId)));
        Assert.True(await SecretWorksAsync(client.ClientId, client.Secret));
    }
}
