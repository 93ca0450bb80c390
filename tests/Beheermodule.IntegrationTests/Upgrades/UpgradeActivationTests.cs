using System.Net;
using System.Text.Json;
using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Mutations;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Beheermodule.Core.ServiceLogin;
using Beheermodule.IntegrationTests.Accounts;
using Beheermodule.IntegrationTests.Activation;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.IntegrationTests.Mutations;
using Beheermodule.IntegrationTests.ServiceLogin;
using Beheermodule.Web.Activation;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.Upgrades;

/// <summary>
/// Rule 13 after the letter: the upgrade's code is activated by logging in with the account that has the means (no
/// new account, no other account); the level rises once the new level's factors are there; the machtigingen and the
/// identity at services stay; a log-in meanwhile says the means is being upgraded.
/// </summary>
public sealed class UpgradeActivationTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private const string Password = SignInAccounts.Password;

    private HttpClient Service() => factory.CreateBrowserClient();

    [Fact]
    public async Task AnEh2Holder_ActivatesTheEh3Code_WithTheOwnAccount_AndKeepsMachtigingAndPseudonym()
    {
        const string kvkNumber = "69599084", branch = "000038509504";
        var holder = await UpgradeWorld.SeedHolderAsync(factory, kvkNumber, branch);
        var client = await ServiceLoginFlow.RegisterAsync(factory);
        var before = await ServiceLoginFlow.LogInAsync((await PasswordOnlyAsync(holder)).Http, Service(), client);
        Assert.Equal(LevelUrn("loa2"), Claim(before, "acr"));

        var (_, desk) = await UpgradeWorld.ApproveUpgradeAsync(factory, kvkNumber, branch, AssuranceLevel.EH3);
        var code = await UpgradeWorld.PrintJansensCodeAsync(factory, desk);

        // Suspended from the print on: a log-in says why, and so does the profile.
        var meanwhile = await PasswordOnlyAsync(holder);
        var home = await meanwhile.GetPageAsync("/");
        Assert.Contains("wordt opgewaardeerd naar EH3", home.QuerySelector(".sign-in-notice")!.TextContent);
        var profile = await meanwhile.GetPageAsync("/profiel");
        Assert.Contains("Opgeschort, wordt opgewaardeerd naar EH3", profile.QuerySelector(".means-state")!.TextContent);
        Assert.Contains("Activeer de aanmeldcode uit uw nieuwe brief.", profile.QuerySelector(".upgrade-pending")!.TextContent);
        var refusal = await BrowserLikeClient.ReadPageAsync((await ServiceLoginFlow.AuthorizeAsync(meanwhile.Http, client)).Response);
        var suspended = $"Uw middel voor Test EMZ Dagobert wordt opgewaardeerd. U kunt daarom nu niet inloggen bij de dienst '{ServiceLoginFlow.MijnOverijssel}'.";
        Assert.Equal(suspended, refusal.QuerySelector("#refusal-message")!.TextContent);
        var wentBack = (await ServiceLoginFlow.GoBackAsync(meanwhile.Http, refusal)).Headers.Location!;
        Assert.Equal(("access_denied", suspended), (QueryHelpers.ParseQuery(wentBack.Query)["error"].ToString(), QueryHelpers.ParseQuery(wentBack.Query)["error_description"].ToString()));

        var journey = new ActivationJourney(factory);
        ActivationJourney.AssertRedirect(await journey.EnterCodeAsync(code), "/activeren/middel");
        Assert.Contains("van EH2 naar EH3", (await journey.Client.GetPageAsync("/activeren/middel")).Body!.TextContent);
        ActivationJourney.AssertRedirect(await journey.ConfirmHolderAsync(), "/activeren/account");
        var accountPage = await journey.Client.GetPageAsync("/activeren/account");
        Assert.Null(accountPage.QuerySelector("form[action$='handler=Create']"));
        Assert.NotNull(accountPage.QuerySelector("form[action$='handler=Link']"));

        ActivationJourney.AssertRedirect(await journey.LinkAccountAsync(holder.Account.UserName, Password), "/activeren/beveiliging");
        var halfway = await MeansAsync(holder);
        Assert.Equal((AssuranceLevel.EH2, (AssuranceLevel?)AssuranceLevel.EH3, MeansStatus.Suspended, holder.Account.Id),
            (halfway.Level, halfway.PendingLevel, halfway.Status, halfway.UserAccountId));
        Assert.Equal(ActivationCodeStatus.Used, await CodeStatusAsync(holder));

        var (enrolled, seed) = await journey.EnrolAuthenticatorAsync();
        ActivationJourney.AssertRedirect(enrolled, "/activeren/inloggen");
        var upgraded = await MeansAsync(holder);
        Assert.Equal((AssuranceLevel.EH3, (AssuranceLevel?)null, MeansStatus.Active, holder.Account.Id),
            (upgraded.Level, upgraded.PendingLevel, upgraded.Status, upgraded.UserAccountId));
        var machtiging = await factory.WithDbAsync(db => db.Authorizations.AsNoTracking().SingleAsync(a => a.MeansId == holder.MeansId && a.ServiceId == holder.ServiceId));
        Assert.Equal((holder.MachtigingId, AuthorizationStatus.Active), (machtiging.Id, machtiging.Status));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "means.upgraded" && e.KvkNumber == kvkNumber)));

        ActivationJourney.AssertRedirect(await journey.LogInAsync(holder.Account.UserName, seed, password: Password), LogInModel.DonePath);
        var done = await journey.Client.GetPageAsync(LogInModel.DonePath);
        Assert.Contains("opgewaardeerd naar EH3", done.Body!.TextContent);

        var after = await ServiceLoginFlow.LogInAsync(journey.Client.Http, Service(), client);
        Assert.Equal(LevelUrn("loa3"), Claim(after, "acr"));
        Assert.Equal(Claim(before, ServiceLoginClaims.ActingSubject), Claim(after, ServiceLoginClaims.ActingSubject));
        Assert.Equal((kvkNumber, branch), (Claim(after, ServiceLoginClaims.KvkNumber), Claim(after, ServiceLoginClaims.BranchNumber)));
        Assert.Equal(Claim(before, ServiceLoginClaims.BranchNumber), Claim(after, ServiceLoginClaims.BranchNumber));
    }

    [Fact]
    public async Task TheUpgradeCode_TakesNoOtherAccount_AndNoNewOne()
    {
        var (holder, code) = await UpgradeWorld.PrintedUpgradeAsync(factory, "68750110", null, AssuranceLevel.EH2, AssuranceLevel.EH3);
        var someoneElse = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH2, withResponder: false);
        var journey = new ActivationJourney(factory);
        ActivationJourney.AssertRedirect(await journey.EnterCodeAsync(code), "/activeren/middel");
        ActivationJourney.AssertRedirect(await journey.ConfirmHolderAsync(), "/activeren/account");

        var other = await BrowserLikeClient.ReadPageAsync(await journey.LinkAccountAsync(someoneElse.UserName, Password));
        Assert.Contains(AccountModel.UpgradeNeedsOwnAccount, other.QuerySelector("[data-valmsg-for='ExistingAccount.UserName']")!.TextContent);
        Assert.Equal(someoneElse.UserName, other.QuerySelector("input[name='ExistingAccount.UserName']")!.GetAttribute("value"));
        var created = await BrowserLikeClient.ReadPageAsync(await journey.CreateAccountAsync("nieuwe-jansen"));
        Assert.Contains(AccountModel.UpgradeNeedsOwnAccount, created.QuerySelector("[data-valmsg-for='ExistingAccount.UserName']")!.TextContent);

        Assert.Equal(ActivationCodeStatus.Issued, await CodeStatusAsync(holder));
        var means = await MeansAsync(holder);
        Assert.Equal((MeansStatus.Suspended, holder.Account.Id, AssuranceLevel.EH2), (means.Status, means.UserAccountId, means.Level));
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "nieuwe-jansen")));
        Assert.Equal(2, await factory.WithDbAsync(db => db.AuditEvents.CountAsync(e =>
            e.Action == "activation.binding" && e.Details == nameof(Core.Activation.BindingOutcome.UpgradeNeedsOwnAccount))));
    }

    [Fact]
    public async Task AnUpgradeLeftBeforeTheNewFactor_IsTakenUpAgainByLoggingIn()
    {
        var (holder, code) = await UpgradeWorld.PrintedUpgradeAsync(factory, "69599068", null, AssuranceLevel.EH2, AssuranceLevel.EH3);
        var first = new ActivationJourney(factory);
        await first.EnterCodeAsync(code);
        await first.ConfirmHolderAsync();
        ActivationJourney.AssertRedirect(await first.LinkAccountAsync(holder.Account.UserName, Password), "/activeren/beveiliging");

        // Another day, another browser: the code is used, so the password is the way back in.
        var later = new ActivationJourney(factory);
        ActivationJourney.AssertRedirect(await SignInAccounts.PostPasswordAsync(later.Client, holder.Account.UserName), "/activeren/beveiliging");
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e =>
            e.Action == "activation.resumed" && e.Details == $"Middel {holder.MeansId}: opwaardering nog niet afgerond.")));
        ActivationJourney.AssertRedirect((await later.EnrolAuthenticatorAsync()).Response, "/activeren/inloggen");

        Assert.Equal((AssuranceLevel.EH3, MeansStatus.Active), ((await MeansAsync(holder)).Level, (await MeansAsync(holder)).Status));
    }

    [Fact]
    public async Task AHolderWhoHasAResponder_ProvesIt_AndTheLevelRisesAtOnce()
    {
        var (holder, code) = await UpgradeWorld.PrintedUpgradeAsync(factory, "69599076", null, AssuranceLevel.EH2Plus, AssuranceLevel.EH3, withResponder: true);
        var journey = new ActivationJourney(factory);
        await journey.EnterCodeAsync(code);
        await journey.ConfirmHolderAsync();

        var withoutCode = await BrowserLikeClient.ReadPageAsync(await journey.LinkAccountAsync(holder.Account.UserName, Password));
        Assert.Contains("Typ de code die uw app of token nu toont", withoutCode.QuerySelector("[data-valmsg-for='ExistingAccount.Code']")!.TextContent);
        Assert.Equal(ActivationCodeStatus.Issued, await CodeStatusAsync(holder));

        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var otp = SignInAccounts.Code(holder.Account, factory.Clock.GetUtcNow());
        ActivationJourney.AssertRedirect(await journey.LinkAccountAsync(holder.Account.UserName, Password, otp), "/activeren/inloggen");
        var means = await MeansAsync(holder);
        Assert.Equal((AssuranceLevel.EH3, (AssuranceLevel?)null, MeansStatus.Active), (means.Level, means.PendingLevel, means.Status));
    }

    [Fact]
    public async Task AnExpiredUpgradeCode_GetsANewLetterByMutation_FromTheUpgradesApplication()
    {
        var (holder, code) = await UpgradeWorld.PrintedUpgradeAsync(factory, "90001354", "990000541921", AssuranceLevel.EH2, AssuranceLevel.EH3);
        var upgradeApplication = await factory.WithDbAsync(db => db.ActivationLetters.Where(l => l.MeansId == holder.MeansId).Select(l => l.ApplicationId).SingleAsync());
        factory.Clock.Advance(TimeSpan.FromDays(31));
        var desk = await StaffDesk.SignInAsync(factory);
        var journey = new MutationJourney(factory);
        var mutation = await journey.SubmitAndFindAsync(MutationKind.NewActivationLetter, "90001354", "jansen@example.nl");
        var staffPage = await desk.Client.GetPageAsync(MutationJourney.PathOf(mutation.Id));
        Assert.Contains("Opgeschort, wordt opgewaardeerd naar EH3", staffPage.Body!.TextContent);

        StaffDesk.AssertDone(await MutationJourney.ActAsync(desk, mutation.Id, "CarryOut"));

        var letter = await factory.WithDbAsync(db => db.ActivationLetters.SingleAsync(l => l.MeansId == holder.MeansId && l.PrintedAt == null));
        Assert.Equal(upgradeApplication, letter.ApplicationId);
        Assert.Equal(HttpStatusCode.OK, (await new ActivationJourney(factory).EnterCodeAsync(code)).StatusCode);
    }

    [Fact]
    public async Task AnUpgradeCodeAboutToExpire_WarnsTheUpgradesLegalRepresentative()
    {
        await UpgradeWorld.PrintedUpgradeAsync(factory, "90006577", null, AssuranceLevel.EH2, AssuranceLevel.EH3);
        factory.Clock.Advance(TimeSpan.FromDays(27));

        // The lease-guarded run, as the app's own job may be running the same day's check right now.
        var lifetimes = new AuthorizationManagement.LifetimesWorld(factory);
        await lifetimes.RunIfDueAsync();
        await lifetimes.WaitForRunOnAsync(DutchDates.Today(factory.Clock));

        var mail = Assert.Single(await factory.DeliveredMailAsync(), m => m.Subject!.Contains("Test BV Duizend Vestigingen"));
        Assert.Equal(ApplicationJourney.Representative.Email, mail.To.Mailboxes.Single().Address);
        Assert.Contains("A. Jansen", mail.TextBody);
    }

    [Fact]
    public async Task TheBeheerder_SeesAColleaguesMeansSuspendedForItsUpgrade()
    {
        var beheerder = await AuthorizationManagement.Beheerders.SignInAsync(factory);
        var colleague = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH2, withResponder: false);
        var meansId = await factory.WithDbAsync(async db =>
        {
            var means = await db.Means.SingleAsync(m => m.UserAccountId == colleague.Id);
            (means.OrganisationId, means.PendingLevel, means.Status) = (beheerder.OrganisationId, AssuranceLevel.EH3, MeansStatus.Suspended);
            await db.SaveChangesAsync();
            return means.Id;
        });

        var page = await beheerder.Client.GetPageAsync($"/beheer/{beheerder.OrganisationId}");

        var section = page.QuerySelector($"section[aria-labelledby='houder-{meansId}']")!;
        var state = section.QuerySelectorAll("dt").Single(dt => dt.TextContent == "Middel").NextElementSibling!.TextContent.Trim();
        Assert.Equal("Opgeschort, wordt opgewaardeerd naar EH3", state);
    }

    private async Task<BrowserLikeClient> PasswordOnlyAsync(UpgradeHolder holder)
    {
        var browser = new BrowserLikeClient(factory.CreateBrowserClient());
        ActivationJourney.AssertRedirect(await SignInAccounts.PostPasswordAsync(browser, holder.Account.UserName), "/");
        return browser;
    }

    private Task<Means> MeansAsync(UpgradeHolder holder) =>
        factory.WithDbAsync(db => db.Means.AsNoTracking().SingleAsync(m => m.Id == holder.MeansId));

    private Task<ActivationCodeStatus> CodeStatusAsync(UpgradeHolder holder) =>
        factory.WithDbAsync(db => db.ActivationCodes.Where(c => c.MeansId == holder.MeansId).OrderByDescending(c => c.Id).Select(c => c.Status).FirstAsync());

    private static string LevelUrn(string loa) => $"urn:etoegang:core:assurance-class:{loa}";

    private static string Claim(IReadOnlyDictionary<string, JsonElement> claims, string type) => claims[type].GetString()!;
}
