using System.Net;
using System.Text.Json;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.ServiceLogin;
using Beheermodule.IntegrationTests.Accounts;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.ServiceLogin;

/// <summary>
/// Logging in at a service (OpenID Connect, rules 15 and 16): the claims per level, every refusal with rule 16's message
/// and access_denied for the service, the pseudonym's stability, and the token endpoint's own checks.
/// </summary>
public sealed class ServiceLoginTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private sealed record Holder(BrowserLikeClient Browser, TestAccount Account, Means Means);

    private HttpClient Service() => factory.CreateBrowserClient();

    private async Task<Holder> HolderAsync(AssuranceLevel level, string? branchNumber = null)
    {
        var withOtp = level.NeedsOtp();
        var account = await SignInAccounts.CreateAsync(factory, level, withResponder: withOtp);
        var means = await factory.WithDbAsync(async db =>
        {
            var m = await db.Means.Include(x => x.Organisation).SingleAsync(x => x.UserAccountId == account.Id);
            m.BranchNumber = branchNumber;
            await db.SaveChangesAsync();
            return m;
        });
        BrowserLikeClient browser;
        if (withOtp)
        {
            browser = await SignInAccounts.SignInWithCodeAsync(factory, account);
        }
        else
        {
            browser = new BrowserLikeClient(factory.CreateBrowserClient());
            Assert.Equal("/", (await SignInAccounts.PostPasswordAsync(browser, account.UserName)).Headers.Location!.OriginalString);
        }
        return new Holder(browser, account, means);
    }

    private static string Claim(IReadOnlyDictionary<string, JsonElement> claims, string type) => claims[type].GetString()!;

    [Theory]
    [InlineData(AssuranceLevel.EH2, "loa2")]
    [InlineData(AssuranceLevel.EH2Plus, "loa2plus")]
    [InlineData(AssuranceLevel.EH3, "loa3")]
    [InlineData(AssuranceLevel.EH4, "loa4")]
    public async Task AHolderWithAMachtiging_GetsTheLegalSubjectThePseudonymAndTheLevel(AssuranceLevel level, string loa)
    {
        var client = await ServiceLoginFlow.RegisterAsync(factory);
        var holder = await HolderAsync(level);
        var machtiging = await ServiceLoginFlow.GrantAsync(factory, holder.Means.Id, client.ServiceId);

        var claims = await ServiceLoginFlow.LogInAsync(holder.Browser.Http, Service(), client);

        Assert.Equal(holder.Means.Organisation.KvkNumber, Claim(claims, ServiceLoginClaims.KvkNumber));
        Assert.False(claims.ContainsKey(ServiceLoginClaims.BranchNumber));
        Assert.Equal($"urn:etoegang:core:assurance-class:{loa}", Claim(claims, "acr"));
        var pseudonym = Claim(claims, ServiceLoginClaims.ActingSubject);
        Assert.Matches("^[0-9a-f]{64}$", pseudonym);
        Assert.Equal(pseudonym, Claim(claims, "sub"));
        Assert.DoesNotContain(holder.Account.Id, JsonSerializer.Serialize(claims));
        Assert.Equal(ServiceCatalogueSeedUuid(), Claim(claims, ServiceLoginClaims.ServiceUuid));
        Assert.Equal(("H.", "Houder"), (Claim(claims, "given_name"), Claim(claims, "family_name")));
        Assert.False(claims.ContainsKey(AuthorizeModelAccountClaim));

        var used = await factory.WithDbAsync(db => db.Authorizations.SingleAsync(a => a.Id == machtiging));
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, used.LastUsedAt);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e =>
            e.Action == "service.login" && e.Actor == $"account:{holder.Account.UserName}" && e.KvkNumber == holder.Means.Organisation.KvkNumber)));
    }

    private const string AuthorizeModelAccountClaim = "bm:account";

    private static string ServiceCatalogueSeedUuid() => Core.Catalogue.ServiceCatalogueSeed.MijnOverijssel.ToString();

    [Fact]
    public async Task AServiceNotEntitledToNames_GetsThePseudonymOnly()
    {
        var client = await ServiceLoginFlow.RegisterAsync(factory, entitledToNames: false);
        var holder = await HolderAsync(AssuranceLevel.EH3);
        await ServiceLoginFlow.GrantAsync(factory, holder.Means.Id, client.ServiceId);

        var claims = await ServiceLoginFlow.LogInAsync(holder.Browser.Http, Service(), client);

        Assert.False(claims.ContainsKey("given_name"));
        Assert.False(claims.ContainsKey("family_name"));
        Assert.False(claims.ContainsKey("name"));
    }

    [Fact]
    public async Task AllServicesUpToALevel_AndAVestigingRestriction_ReachTheService()
    {
        var client = await ServiceLoginFlow.RegisterAsync(factory);
        var holder = await HolderAsync(AssuranceLevel.EH3);
        await ServiceLoginFlow.GrantAsync(factory, holder.Means.Id, null, allUpTo: AssuranceLevel.EH2, branchNumber: "000038509504");

        var claims = await ServiceLoginFlow.LogInAsync(holder.Browser.Http, Service(), client);

        Assert.Equal("000038509504", Claim(claims, ServiceLoginClaims.BranchNumber));
    }

    [Fact]
    public async Task AVestigingConvertedToTheKvkNumber_GivesTheServiceTheKvkNumberAlone_AndTheSamePseudonym()
    {
        const string kvkNumber = "90001354", branch = "990000541921";
        var client = await ServiceLoginFlow.RegisterAsync(factory);
        var holder = await Upgrades.UpgradeWorld.SeedHolderAsync(factory, kvkNumber, branch);
        var browser = new BrowserLikeClient(factory.CreateBrowserClient());
        Assert.Equal("/", (await SignInAccounts.PostPasswordAsync(browser, holder.Account.UserName)).Headers.Location!.OriginalString);
        var before = await ServiceLoginFlow.LogInAsync(browser.Http, Service(), client);
        Assert.Equal((kvkNumber, branch), (Claim(before, ServiceLoginClaims.KvkNumber), Claim(before, ServiceLoginClaims.BranchNumber)));

        var desk = await StaffDesk.SignInAsync(factory);
        var mutation = await new Mutations.MutationJourney(factory).SubmitAndFindAsync(Core.Mutations.MutationKind.BranchToMainBranch, kvkNumber, "jansen@example.nl");
        StaffDesk.AssertDone(await Mutations.MutationJourney.ReceiveSignedFormAsync(desk, mutation.Id));
        StaffDesk.AssertDone(await Mutations.MutationJourney.ActAsync(desk, mutation.Id, "CarryOut"));

        var after = await ServiceLoginFlow.LogInAsync(browser.Http, Service(), client);
        Assert.Equal(kvkNumber, Claim(after, ServiceLoginClaims.KvkNumber));
        Assert.False(after.ContainsKey(ServiceLoginClaims.BranchNumber));
        Assert.Equal(Claim(before, ServiceLoginClaims.ActingSubject), Claim(after, ServiceLoginClaims.ActingSubject));
    }

    public static TheoryData<string, string> Refusals() => new()
    {
        { "geen machtiging", "geen geldige machtiging" },
        { "verlopen machtiging", "geen geldige machtiging" },
        { "ingetrokken machtiging", "geen geldige machtiging" },
        { "te laag niveau", "vraagt minimaal EH3" },
        { "andere vestiging", "andere vestiging" },
        { "dienst weigert vestiging", "accepteert geen machtiging of middel voor één vestiging" },
        { "alle diensten tot een te laag niveau", "geen geldige machtiging" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task ARefusal_ShowsRule16sMessage_AndTheServiceGetsAccessDenied(string situation, string detail)
    {
        var serviceName = situation switch
        {
            "te laag niveau" or "alle diensten tot een te laag niveau" => "Mijn RVO",
            "dienst weigert vestiging" => "Werkgeversportaal",
            _ => ServiceLoginFlow.MijnOverijssel,
        };
        var client = await ServiceLoginFlow.RegisterAsync(factory, serviceName);
        var holder = await HolderAsync(situation == "te laag niveau" ? AssuranceLevel.EH2 : AssuranceLevel.EH3,
            situation == "andere vestiging" ? "000038509504" : null);
        var machtiging = situation switch
        {
            "geen machtiging" => (int?)null,
            "verlopen machtiging" => await ServiceLoginFlow.GrantAsync(factory, holder.Means.Id, client.ServiceId, validDays: -1),
            "ingetrokken machtiging" => await ServiceLoginFlow.GrantAsync(factory, holder.Means.Id, client.ServiceId, status: AuthorizationStatus.Revoked),
            "andere vestiging" => await ServiceLoginFlow.GrantAsync(factory, holder.Means.Id, client.ServiceId, branchNumber: "000038509520"),
            "dienst weigert vestiging" => await ServiceLoginFlow.GrantAsync(factory, holder.Means.Id, client.ServiceId, branchNumber: "000038509504"),
            "alle diensten tot een te laag niveau" => await ServiceLoginFlow.GrantAsync(factory, holder.Means.Id, null, allUpTo: AssuranceLevel.EH2),
            _ => await ServiceLoginFlow.GrantAsync(factory, holder.Means.Id, client.ServiceId),
        };

        var started = await ServiceLoginFlow.AuthorizeAsync(holder.Browser.Http, client);

        Assert.Equal(HttpStatusCode.OK, started.Response.StatusCode);
        var page = await BrowserLikeClient.ReadPageAsync(started.Response);
        Assert.Equal(
            $"U heeft geen toegang tot de dienst '{serviceName}'. U kunt daarom niet optreden namens de volgende entiteit(en):\n" +
            $"- {holder.Means.Organisation.Name}. Neem contact op met uw beheerder om de benodigde rechten te ontvangen.",
            page.QuerySelector("#refusal-message")!.TextContent);
        Assert.Contains(detail, page.QuerySelector("#refusal-detail")!.TextContent);
        if (machtiging is { } id)
        {
            Assert.Null((await factory.WithDbAsync(db => db.Authorizations.SingleAsync(a => a.Id == id))).LastUsedAt);
        }
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e =>
            e.Action == "service.login" && e.Outcome == Core.Audit.AuditOutcome.Refused && e.Actor == $"account:{holder.Account.UserName}")));

        var answer = await ServiceLoginFlow.GoBackAsync(holder.Browser.Http, page);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith(client.RedirectUri, answer.Headers.Location!.OriginalString);
        var query = QueryHelpers.ParseQuery(answer.Headers.Location.Query);
        Assert.Equal("access_denied", query["error"].ToString());
        Assert.Contains($"U heeft geen toegang tot de dienst '{serviceName}'", query["error_description"].ToString());
        Assert.Equal(started.State, query["state"].ToString());
    }

    [Fact]
    public async Task ThePseudonym_IsStablePerServiceAndOrganisation_AndDiffersBetweenThem()
    {
        var overijssel = await ServiceLoginFlow.RegisterAsync(factory);
        var ondertekenen = await ServiceLoginFlow.RegisterAsync(factory, "het ondertekenen van e-Formulieren");
        var account = await SignInAccounts.CreateAsync(factory, withResponder: true, MeansStatus.Active, AssuranceLevel.EH3, AssuranceLevel.EH3);
        var means = await factory.WithDbAsync(db => db.Means.Include(m => m.Organisation).Where(m => m.UserAccountId == account.Id).OrderBy(m => m.Id).ToListAsync());
        foreach (var m in means)
        {
            await ServiceLoginFlow.GrantAsync(factory, m.Id, overijssel.ServiceId);
            await ServiceLoginFlow.GrantAsync(factory, m.Id, ondertekenen.ServiceId);
        }
        var browser = await SignInAccounts.SignInWithCodeAsync(factory, account);

        async Task<string> PseudonymAsync(RegisteredClient client, Means organisationMeans)
        {
            var started = await ServiceLoginFlow.AuthorizeAsync(browser.Http, client);
            // Acting for two organisations: the page asks which.
            var page = await BrowserLikeClient.ReadPageAsync(started.Response);
            Assert.Equal(2, page.QuerySelectorAll("input[name=organisatie]").Length);
            var form = page.QuerySelector("form[action*='connect/authorize']")!;
            var fields = form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
                .Append(new("organisatie", organisationMeans.OrganisationId.ToString()));
            var chosen = started with { Response = await browser.Http.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields)) };
            var tokens = await ServiceLoginFlow.ExchangeAsync(Service(), client, ServiceLoginFlow.CodeFrom(chosen, client), started.Verifier);
            var claims = ServiceLoginFlow.IdTokenClaims(JsonDocument.Parse(await tokens.Content.ReadAsStringAsync()).RootElement.GetProperty("id_token").GetString()!);
            Assert.Equal(organisationMeans.Organisation.KvkNumber, claims[ServiceLoginClaims.KvkNumber].GetString());
            return claims[ServiceLoginClaims.ActingSubject].GetString()!;
        }

        var first = await PseudonymAsync(overijssel, means[0]);
        Assert.Equal(first, await PseudonymAsync(overijssel, means[0]));
        Assert.NotEqual(first, await PseudonymAsync(ondertekenen, means[0]));
        Assert.NotEqual(first, await PseudonymAsync(overijssel, means[1]));
    }

    [Fact]
    public async Task NotLoggedIn_GoesToTheLogIn_AndComesBackToTheService()
    {
        var client = await ServiceLoginFlow.RegisterAsync(factory);
        var account = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH3, withResponder: true);
        var meansId = await factory.WithDbAsync(db => db.Means.Where(m => m.UserAccountId == account.Id).Select(m => m.Id).SingleAsync());
        await ServiceLoginFlow.GrantAsync(factory, meansId, client.ServiceId);
        var browser = new BrowserLikeClient(factory.CreateBrowserClient());

        var started = await ServiceLoginFlow.AuthorizeAsync(browser.Http, client);
        Assert.Equal(HttpStatusCode.Redirect, started.Response.StatusCode);
        var login = started.Response.Headers.Location!.PathAndQuery;
        Assert.StartsWith("/inloggen?terug=", login);
        var back = QueryHelpers.ParseQuery(started.Response.Headers.Location.Query)["terug"].ToString();
        Assert.StartsWith("/connect/authorize?", back);

        var password = await browser.PostFormAsync(login, [new("Input.UserName", account.UserName), new("Input.Password", SignInAccounts.Password)]);
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var code = await browser.PostFormAsync(password.Headers.Location!.OriginalString, [new("Code", SignInAccounts.Code(account, factory.Clock.GetUtcNow()))]);
        Assert.Equal(back, code.Headers.Location!.OriginalString);
        var again = started with { Response = await browser.Http.GetAsync(back) };
        Assert.False(string.IsNullOrEmpty(ServiceLoginFlow.CodeFrom(again, client)));
    }

    [Fact]
    public async Task PromptNone_GivesTheServiceLoginRequired_WhenNotLoggedIn_AndAccessDeniedWithoutAPage_WhenRefused()
    {
        var client = await ServiceLoginFlow.RegisterAsync(factory);
        var none = new Dictionary<string, string?> { ["prompt"] = "none" };

        var anonymous = await ServiceLoginFlow.AuthorizeAsync(factory.CreateBrowserClient(), client, extra: none);
        Assert.Equal("login_required", ErrorAtTheService(anonymous, client));

        var holder = await HolderAsync(AssuranceLevel.EH2);
        var refused = await ServiceLoginFlow.AuthorizeAsync(holder.Browser.Http, client, extra: none);
        Assert.Equal("access_denied", ErrorAtTheService(refused, client));
    }

    [Fact]
    public async Task PromptLogin_SignsTheHolderOut_AndAfterANewLogInTheServiceGetsItsCodeWithTheNewMoment()
    {
        var client = await ServiceLoginFlow.RegisterAsync(factory);
        var holder = await HolderAsync(AssuranceLevel.EH2);
        await ServiceLoginFlow.GrantAsync(factory, holder.Means.Id, client.ServiceId);
        factory.Clock.Advance(TimeSpan.FromMinutes(5));

        var started = await ServiceLoginFlow.AuthorizeAsync(holder.Browser.Http, client, extra: new Dictionary<string, string?> { ["prompt"] = "login" });

        var login = started.Response.Headers.Location!;
        Assert.StartsWith("/inloggen?terug=", login.PathAndQuery);
        var back = QueryHelpers.ParseQuery(login.Query)["terug"].ToString();
        Assert.DoesNotContain("prompt", back);
        Assert.StartsWith("/inloggen", (await holder.Browser.Http.GetAsync("/profiel")).Headers.Location!.PathAndQuery);
        var again = await holder.Browser.PostFormAsync(login.PathAndQuery, [new("Input.UserName", holder.Account.UserName), new("Input.Password", SignInAccounts.Password)]);
        Assert.Equal(back, again.Headers.Location!.OriginalString);
        var claims = await ServiceLoginFlow.TokensForAsync(Service(), client, started with { Response = await holder.Browser.Http.GetAsync(back) });

        Assert.Equal(factory.Clock.GetUtcNow().ToUnixTimeSeconds(), claims["auth_time"].GetInt64());
    }

    [Fact]
    public async Task MaxAge_ALogInOlderThanAsked_GoesToTheLogIn_AFreshOneGoesThrough()
    {
        var client = await ServiceLoginFlow.RegisterAsync(factory);
        var holder = await HolderAsync(AssuranceLevel.EH2);
        await ServiceLoginFlow.GrantAsync(factory, holder.Means.Id, client.ServiceId);
        var fiveMinutes = new Dictionary<string, string?> { ["max_age"] = "300" };

        var fresh = await ServiceLoginFlow.AuthorizeAsync(holder.Browser.Http, client, extra: fiveMinutes);
        Assert.False(string.IsNullOrEmpty(ServiceLoginFlow.CodeFrom(fresh, client)));

        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        var old = await ServiceLoginFlow.AuthorizeAsync(holder.Browser.Http, client, extra: fiveMinutes);
        Assert.StartsWith("/inloggen?terug=", old.Response.Headers.Location!.PathAndQuery);
    }

    /// <summary>The error the service hears on its redirect address, with its own state.</summary>
    private static string ErrorAtTheService(ServiceLoginFlow.Started started, RegisteredClient client)
    {
        Assert.Equal(HttpStatusCode.Redirect, started.Response.StatusCode);
        var location = started.Response.Headers.Location!;
        Assert.StartsWith(client.RedirectUri, location.OriginalString);
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal(started.State, query["state"].ToString());
        return query["error"].ToString();
    }

    [Fact]
    public async Task TheTokenEndpoint_RefusesAWrongSecretAWrongVerifierAndACodeUsedTwice()
    {
        var client = await ServiceLoginFlow.RegisterAsync(factory);
        var holder = await HolderAsync(AssuranceLevel.EH3);
        await ServiceLoginFlow.GrantAsync(factory, holder.Means.Id, client.ServiceId);

        var first = await ServiceLoginFlow.AuthorizeAsync(holder.Browser.Http, client);
        var wrongSecret = await ServiceLoginFlow.ExchangeAsync(Service(), client, ServiceLoginFlow.CodeFrom(first, client), first.Verifier, secret: "niet-het-geheim");
        Assert.False(wrongSecret.IsSuccessStatusCode);
        Assert.Contains("invalid_client", await wrongSecret.Content.ReadAsStringAsync());

        var second = await ServiceLoginFlow.AuthorizeAsync(holder.Browser.Http, client);
        var wrongVerifier = await ServiceLoginFlow.ExchangeAsync(Service(), client, ServiceLoginFlow.CodeFrom(second, client), first.Verifier);
        Assert.Contains("invalid_grant", await wrongVerifier.Content.ReadAsStringAsync());

        var third = await ServiceLoginFlow.AuthorizeAsync(holder.Browser.Http, client);
        var code = ServiceLoginFlow.CodeFrom(third, client);
        Assert.True((await ServiceLoginFlow.ExchangeAsync(Service(), client, code, third.Verifier)).IsSuccessStatusCode);
        var again = await ServiceLoginFlow.ExchangeAsync(Service(), client, code, third.Verifier);
        Assert.Contains("invalid_grant", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ARegisteredService_IsAllowedAsTheEndOfALogInFormsRedirects_AndNoOtherSite()
    {
        var client = await ServiceLoginFlow.RegisterAsync(factory);

        var policy = (await factory.CreateBrowserClient().GetAsync("/inloggen")).Headers.GetValues("Content-Security-Policy").Single();

        var formAction = policy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("form-action ", StringComparison.Ordinal));
        Assert.Contains("'self'", formAction);
        Assert.Contains(new Uri(client.RedirectUri).GetLeftPart(UriPartial.Authority), formAction);
        Assert.DoesNotContain("https://elders.example.nl", formAction);
    }

    [Fact]
    public async Task AnUnknownClient_GetsNoCode()
    {
        var holder = await HolderAsync(AssuranceLevel.EH3);
        var stranger = new RegisteredClient("onbekend", "x", "https://onbekend.example.nl/signin-oidc", 0);

        var started = await ServiceLoginFlow.AuthorizeAsync(holder.Browser.Http, stranger);

        Assert.NotEqual(HttpStatusCode.Redirect, started.Response.StatusCode);
    }
}
