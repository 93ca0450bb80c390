using System.Net;
using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Otp;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.IntegrationTests.Otp;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.Activation;

/// <summary>Wrong codes are limited elsewhere (<see cref="AttemptLimitTests"/>); here every test types freely.</summary>
public sealed class ActivationFactory : BeheermoduleFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Activation:FailedAttemptsPerQuarterHour"] = "1000",
        ["Activation:FailedAttemptsPerDay"] = "100000",
    };
}

/// <summary>Rule 5: from the letter's code to a working log-in, in a fixed sequence.</summary>
public sealed class ActivationTests(ActivationFactory factory) : IClassFixture<ActivationFactory>
{
    private static string NewUserName() => "houder-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task AnEh2Holder_CreatesAnAccount_LogsInOnce_AndTheProcedureIsComplete()
    {
        var issued = await ActivationJourney.IssueAsync(factory, AssuranceLevel.EH2);
        var journey = new ActivationJourney(factory);
        var userName = NewUserName();

        ActivationJourney.AssertRedirect(await journey.EnterCodeAsync(issued.Code.ToLowerInvariant().Replace("-", " ")), "/activeren/middel");
        var holder = (await journey.Client.GetPageAsync("/activeren/middel")).QuerySelector("main")!.TextContent;
        Assert.Contains("Test BV Donald", holder);
        Assert.Contains("68750110", holder);
        Assert.Contains("EH2", holder);
        Assert.Contains($"A. {issued.Surname}", holder);
        Assert.Contains("Bent u dit niet? Stop dan hier.", holder);
        ActivationJourney.AssertRedirect(await journey.ConfirmHolderAsync(), "/activeren/account");
        ActivationJourney.AssertRedirect(await journey.CreateAccountAsync(userName), "/activeren/inloggen");

        var response = await journey.LogInAsync(userName, seed: null);
        ActivationJourney.AssertRedirect(response, "/activeren/afgerond");
        var done = await journey.Client.GetPageAsync("/activeren/afgerond");
        Assert.Contains("Uw eHerkenningsmiddel procedure is afgerond.", done.QuerySelector("h1")!.TextContent);

        var means = await factory.WithDbAsync(db => db.Means.AsNoTracking().SingleAsync(m => m.Id == issued.MeansId));
        Assert.Equal(MeansStatus.Active, means.Status);
        var account = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName));
        Assert.Equal(account.Id, means.UserAccountId);
        Assert.Equal(means.HolderEmail, account.Email);
        Assert.Equal(new DateOnly(1990, 1, 15), account.DateOfBirth);
        Assert.Equal(ActivationCodeStatus.Used, await factory.WithDbAsync(db => db.ActivationCodes.Where(c => c.MeansId == issued.MeansId).Select(c => c.Status).SingleAsync()));
        var actions = await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.Actor == $"account:{userName}").Select(e => e.Action).ToListAsync());
        Assert.Contains("account.created", actions);
        Assert.Contains("activation-code.used", actions);
        Assert.Contains("means.bound", actions);
        Assert.Contains("means.activated", actions);
        Assert.Contains("activation.completed", actions);
    }

    [Fact]
    public async Task PendingMachtigingen_BecomeActive_WhenTheMeansIsActivated()
    {
        var issued = await ActivationJourney.IssueAsync(factory, AssuranceLevel.EH2);
        Assert.True(await factory.WithDbAsync(db => db.Authorizations.AnyAsync(a => a.MeansId == issued.MeansId && a.Status == AuthorizationStatus.Pending)));
        var journey = new ActivationJourney(factory);

        await journey.EnterCodeAsync(issued.Code);
        await journey.ConfirmHolderAsync();
        await journey.CreateAccountAsync(NewUserName());

        var states = await factory.WithDbAsync(db => db.Authorizations.Where(a => a.MeansId == issued.MeansId).Select(a => a.Status).ToListAsync());
        Assert.NotEmpty(states);
        Assert.All(states, s => Assert.Equal(AuthorizationStatus.Active, s));
    }

    [Theory]
    [InlineData(AssuranceLevel.EH2Plus)]
    [InlineData(AssuranceLevel.EH3)]
    public async Task AtEh2PlusAndEh3_TheHolderEnrolsAnAuthenticator_AndLogsInWithPasswordAndCode(AssuranceLevel level)
    {
        var issued = await ActivationJourney.IssueAsync(factory, level);
        var journey = new ActivationJourney(factory);
        var userName = NewUserName();
        await journey.EnterCodeAsync(issued.Code);
        await journey.ConfirmHolderAsync();
        ActivationJourney.AssertRedirect(await journey.CreateAccountAsync(userName), "/activeren/beveiliging");
        Assert.Equal(MeansStatus.AwaitingActivation, (await MeansAsync(issued.MeansId)).Status);

        // Step 5 cannot be reached before step 3 is done.
        ActivationJourney.AssertRedirect(await journey.Client.Http.GetAsync("/activeren/inloggen"), "/activeren/beveiliging");

        var (enrolled, seed) = await journey.EnrolAuthenticatorAsync();
        ActivationJourney.AssertRedirect(enrolled, "/activeren/inloggen");
        Assert.Equal(MeansStatus.Active, (await MeansAsync(issued.MeansId)).Status);

        var response = await journey.Client.PostFormAsync("/inloggen?terug=%2Factiveren%2Fafgerond",
            [new("Input.UserName", userName), new("Input.Password", ActivationJourney.Password), new("terug", "/activeren/afgerond")]);
        Assert.StartsWith("/inloggen/code", response.Headers.Location!.OriginalString);
        ActivationJourney.AssertRedirect(await journey.LogInAsync(userName, seed), "/activeren/afgerond");
        Assert.Contains("procedure is afgerond", (await journey.Client.GetPageAsync("/activeren/afgerond")).QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData(OtpResponderKind.HardwareTotp)]
    [InlineData(OtpResponderKind.HardwareHotp)]
    public async Task AHardwareTokenFromStock_CanBeTheSecondStep(OtpResponderKind kind)
    {
        var serial = TokenStock.NewSerial();
        var seed = await new TokenStock(factory).AddAsync(serial, kind);
        var issued = await ActivationJourney.IssueAsync(factory, AssuranceLevel.EH2Plus);
        var journey = new ActivationJourney(factory);
        await journey.EnterCodeAsync(issued.Code);
        await journey.ConfirmHolderAsync();
        await journey.CreateAccountAsync(NewUserName());
        string CodeAt(long counter) => kind == OtpResponderKind.HardwareHotp
            ? new OtpNet.Hotp(seed).ComputeHOTP(counter)
            : TotpCode.Compute(seed, factory.Clock.GetUtcNow());

        var wrongSerial = await BrowserLikeClient.ReadPageAsync(await journey.PostHandlerAsync("/activeren/beveiliging", "Token",
            new("Token.SerialNumber", TokenStock.NewSerial()), new("Token.Code", CodeAt(0))));
        Assert.Equal(HardwareTokenEnrolment.Refusal, BrowserLikeClient.ErrorBeside(wrongSerial, "Token.Code"));
        var response = await journey.PostHandlerAsync("/activeren/beveiliging", "Token",
            new("Token.SerialNumber", serial.ToLowerInvariant()), new("Token.Code", CodeAt(2)));

        ActivationJourney.AssertRedirect(response, "/activeren/inloggen");
        var responder = await factory.WithDbAsync(db => db.OtpResponders.AsNoTracking().SingleAsync(r => r.SerialNumber == serial));
        Assert.Equal(kind, responder.Kind);
        Assert.Equal(MeansStatus.Active, (await MeansAsync(issued.MeansId)).Status);
    }

    [Fact]
    public async Task AnActivationLeftBeforeTheSecondStep_IsTakenUpAgainByLoggingIn()
    {
        var issued = await ActivationJourney.IssueAsync(factory, AssuranceLevel.EH3);
        var userName = NewUserName();
        var first = new ActivationJourney(factory);
        await first.EnterCodeAsync(issued.Code);
        await first.ConfirmHolderAsync();
        await first.CreateAccountAsync(userName);

        // Another day, another browser: the code is used, so the password is the way back in.
        var later = new ActivationJourney(factory);
        var response = await later.LogInAsync(userName, seed: null, returnUrl: "/");

        ActivationJourney.AssertRedirect(response, "/activeren/beveiliging");
        var (enrolled, _) = await later.EnrolAuthenticatorAsync();
        ActivationJourney.AssertRedirect(enrolled, "/activeren/inloggen");
        Assert.Equal(MeansStatus.Active, (await MeansAsync(issued.MeansId)).Status);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "activation.resumed" && e.Actor == $"account:{userName}")));
    }

    [Fact]
    public async Task AWrongEnrolmentCode_KeepsTheSameKey_AndEnrolsNothing()
    {
        var issued = await ActivationJourney.IssueAsync(factory, AssuranceLevel.EH3);
        var journey = new ActivationJourney(factory);
        await journey.EnterCodeAsync(issued.Code);
        await journey.ConfirmHolderAsync();
        await journey.CreateAccountAsync(NewUserName());
        var page = await journey.Client.GetPageAsync("/activeren/beveiliging");
        var sealedSeed = page.QuerySelector("input[name=SealedSeed]")!.GetAttribute("value")!;

        var response = await journey.PostHandlerAsync("/activeren/beveiliging", "Authenticator", new("SealedSeed", sealedSeed), new("Code", "000000"));

        var again = await BrowserLikeClient.ReadPageAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("De code klopt niet", BrowserLikeClient.ErrorBeside(again, "Code"));
        Assert.Equal(ActivationJourney.SeedShownOn(page), ActivationJourney.SeedShownOn(again));
        Assert.Equal(MeansStatus.AwaitingActivation, (await MeansAsync(issued.MeansId)).Status);
    }

    [Fact]
    public async Task WhileActivating_TheRestOfTheSiteSendsTheHolderBackToTheStepThatIsDue()
    {
        var issued = await ActivationJourney.IssueAsync(factory, AssuranceLevel.EH2);
        var journey = new ActivationJourney(factory);
        await journey.EnterCodeAsync(issued.Code);

        ActivationJourney.AssertRedirect(await journey.Client.Http.GetAsync("/aanvragen"), "/activeren/middel");
        ActivationJourney.AssertRedirect(await journey.Client.Http.GetAsync("/activeren/account"), "/activeren/middel");
        ActivationJourney.AssertRedirect(await journey.Client.Http.GetAsync("/mutaties"), "/activeren/middel");
    }

    [Fact]
    public async Task ANewAccount_MustPassThePasswordPolicy_AndKeepsTheChosenUsername()
    {
        var issued = await ActivationJourney.IssueAsync(factory, AssuranceLevel.EH2);
        var journey = new ActivationJourney(factory);
        await journey.EnterCodeAsync(issued.Code);
        await journey.ConfirmHolderAsync();
        var userName = NewUserName();

        var response = await journey.CreateAccountAsync(userName, "abcdefgh12345678x");

        var page = await BrowserLikeClient.ReadPageAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("16", BrowserLikeClient.ErrorBeside(page, "NewAccount.Password"));
        Assert.Equal(userName, BrowserLikeClient.ValueOf(page, "NewAccount.UserName"));
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == userName)));
        Assert.Equal(ActivationCodeStatus.Issued, await factory.WithDbAsync(db => db.ActivationCodes.Where(c => c.MeansId == issued.MeansId).Select(c => c.Status).SingleAsync()));
        Assert.Null((await MeansAsync(issued.MeansId)).UserAccountId);
    }

    [Fact]
    public async Task ATakenUsername_IsRefusedBesideTheField()
    {
        var first = await ActivationJourney.IssueAsync(factory, AssuranceLevel.EH2);
        var second = await ActivationJourney.IssueAsync(factory, AssuranceLevel.EH2);
        var userName = NewUserName();
        var journey = new ActivationJourney(factory);
        await journey.EnterCodeAsync(first.Code);
        await journey.ConfirmHolderAsync();
        await journey.CreateAccountAsync(userName);

        var other = new ActivationJourney(factory);
        await other.EnterCodeAsync(second.Code);
        await other.ConfirmHolderAsync();
        var page = await BrowserLikeClient.ReadPageAsync(await other.CreateAccountAsync(userName));

        Assert.False(string.IsNullOrEmpty(BrowserLikeClient.ErrorBeside(page, "NewAccount.UserName")));
        Assert.Null((await MeansAsync(second.MeansId)).UserAccountId);
    }

    [Fact]
    public async Task AnExistingAccountOfTheSameHolder_ReceivesTheMeans_AndKeepsItsResponder()
    {
        // The same person gets a second means (another organisation): same name, date of birth and e-mail.
        var first = await ActivationJourney.IssueAsync(factory, AssuranceLevel.EH3);
        var userName = NewUserName();
        var journey = new ActivationJourney(factory);
        await journey.EnterCodeAsync(first.Code);
        await journey.ConfirmHolderAsync();
        await journey.CreateAccountAsync(userName);
        var (_, seed) = await journey.EnrolAuthenticatorAsync();
        var second = await ActivationJourney.IssueAsync(factory, AssuranceLevel.EH3, "69599084");
        await factory.WithDbAsync(db => db.Means.Where(m => m.Id == second.MeansId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.HolderSurname, first.Surname)));

        var again = new ActivationJourney(factory);
        await again.EnterCodeAsync(second.Code);
        await again.ConfirmHolderAsync();
        var withoutCode = await BrowserLikeClient.ReadPageAsync(await again.LinkAccountAsync(userName));
        Assert.Contains("OTP-responder", BrowserLikeClient.ErrorBeside(withoutCode, "ExistingAccount.Code"));
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var response = await again.LinkAccountAsync(userName, code: Beheermodule.Core.Otp.TotpCode.Compute(seed, factory.Clock.GetUtcNow()));

        // The account has its responder already, so no enrolment: straight to logging in.
        ActivationJourney.AssertRedirect(response, "/activeren/inloggen");
        var means = await MeansAsync(second.MeansId);
        Assert.Equal(MeansStatus.Active, means.Status);
        Assert.Equal(await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync()), means.UserAccountId);
    }

    [Fact]
    public async Task AnExistingAccountOfSomeoneElse_IsRefusedWithTheReason()
    {
        var first = await ActivationJourney.IssueAsync(factory, AssuranceLevel.EH2);
        var userName = NewUserName();
        var journey = new ActivationJourney(factory);
        await journey.EnterCodeAsync(first.Code);
        await journey.ConfirmHolderAsync();
        await journey.CreateAccountAsync(userName);
        var second = await ActivationJourney.IssueAsync(factory, AssuranceLevel.EH2);

        var other = new ActivationJourney(factory);
        await other.EnterCodeAsync(second.Code);
        await other.ConfirmHolderAsync();
        var page = await BrowserLikeClient.ReadPageAsync(await other.LinkAccountAsync(userName));

        Assert.Contains("De naam bij dit account is niet de naam van de houder", BrowserLikeClient.ErrorBeside(page, "ExistingAccount.UserName"));
        Assert.Null((await MeansAsync(second.MeansId)).UserAccountId);
        Assert.Equal(ActivationCodeStatus.Issued, await factory.WithDbAsync(db => db.ActivationCodes.Where(c => c.MeansId == second.MeansId).Select(c => c.Status).SingleAsync()));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "activation.binding" && e.Outcome == AuditOutcome.Refused && e.Actor == $"account:{userName}")));
    }

    [Fact]
    public async Task TheSameCode_SubmittedTwentyTimesAtOnce_BindsExactlyOneAccount()
    {
        var issued = await ActivationJourney.IssueAsync(factory, AssuranceLevel.EH2);
        var journeys = new List<ActivationJourney>();
        for (var i = 0; i < 20; i++)
        {
            var journey = new ActivationJourney(factory);
            await journey.EnterCodeAsync(issued.Code);
            await journey.ConfirmHolderAsync();
            journeys.Add(journey);
        }
        var names = Enumerable.Range(0, 20).Select(_ => NewUserName()).ToList();
        var tokens = new List<string>();
        foreach (var journey in journeys)
        {
            var page = await journey.Client.GetPageAsync("/activeren/account");
            tokens.Add(page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!);
        }

        var responses = await Task.WhenAll(journeys.Select((journey, i) => journey.Client.Http.PostAsync("/activeren/account?handler=Create",
            new FormUrlEncodedContent([new("NewAccount.UserName", names[i]), new("NewAccount.Password", ActivationJourney.Password),
                new("NewAccount.ConfirmPassword", ActivationJourney.Password), new("__RequestVerificationToken", tokens[i])]))));

        Assert.Single(responses, r => r.Headers.Location?.OriginalString == "/activeren/inloggen");
        Assert.Equal(19, responses.Count(r => r.Headers.Location?.OriginalString == "/activeren"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Users.CountAsync(u => names.Contains(u.UserName!))));
    }

    [Fact]
    public async Task StoppingAtTheHolderCheck_LeavesTheCodeValid_AndIsAudited()
    {
        var issued = await ActivationJourney.IssueAsync(factory, AssuranceLevel.EH2);
        var journey = new ActivationJourney(factory);
        await journey.EnterCodeAsync(issued.Code);

        ActivationJourney.AssertRedirect(await journey.PostHandlerAsync("/activeren/middel", "Stop"), "/activeren/gestopt");

        ActivationJourney.AssertRedirect(await journey.Client.Http.GetAsync("/activeren/account"), "/activeren");
        Assert.Equal(ActivationCodeStatus.Issued, await factory.WithDbAsync(db => db.ActivationCodes.Where(c => c.MeansId == issued.MeansId).Select(c => c.Status).SingleAsync()));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "activation.stopped")));
    }

    [Fact]
    public async Task TheOldAddress_LeadsToTheActivationPage()
    {
        var journey = new ActivationJourney(factory);

        ActivationJourney.AssertRedirect(await journey.Client.Http.GetAsync("/eh-aanmelden"), "/activeren");
        Assert.NotNull((await journey.Client.GetPageAsync("/activeren")).QuerySelector("input[name=Code]"));
    }

    private Task<Means> MeansAsync(int id) => factory.WithDbAsync(db => db.Means.AsNoTracking().SingleAsync(m => m.Id == id));
}
