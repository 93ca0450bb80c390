using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.Activation;

/// <summary>EH4 (step 4 of the activation): the personal PKIoverheid certificate.</summary>
public sealed class CertificateTests(CertificateFactory factory) : IClassFixture<CertificateFactory>
{
    /// <summary>An EH4 holder with an account and an authenticator, standing at the certificate step.</summary>
    private async Task<(ActivationJourney Journey, ActivationJourney.IssuedMeans Issued, string UserName)> AtCertificateStepAsync()
    {
        var issued = await ActivationJourney.IssueAsync(factory, AssuranceLevel.EH4);
        var journey = new ActivationJourney(factory);
        var userName = "eh4-" + Guid.NewGuid().ToString("N")[..8];
        await journey.EnterCodeAsync(issued.Code);
        await journey.ConfirmHolderAsync();
        ActivationJourney.AssertRedirect(await journey.CreateAccountAsync(userName), "/activeren/beveiliging");
        var (enrolled, _) = await journey.EnrolAuthenticatorAsync();
        ActivationJourney.AssertRedirect(enrolled, "/activeren/certificaat");
        return (journey, issued, userName);
    }

    private static async Task<HttpResponseMessage> UploadAsync(ActivationJourney journey, byte[] file, string fileName = "certificaat.cer")
    {
        var page = await journey.Client.GetPageAsync("/activeren/certificaat");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(part, "Upload", fileName);
        content.Add(new StringContent(token), "__RequestVerificationToken");
        return await journey.Client.Http.PostAsync("/activeren/certificaat", content);
    }

    private static async Task<string?> RefusalAsync(ActivationJourney journey, byte[] file)
    {
        var response = await UploadAsync(journey, file);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return BrowserLikeClient.ErrorBeside(await BrowserLikeClient.ReadPageAsync(response), "Upload");
    }

    [Fact]
    public async Task TheHoldersOwnCertificate_FinishesTheEh4Activation()
    {
        var (journey, issued, userName) = await AtCertificateStepAsync();
        using var certificate = factory.Pki.Issue($"Anna {issued.Surname}");

        ActivationJourney.AssertRedirect(await UploadAsync(journey, certificate.RawData), "/activeren/inloggen");

        var means = await factory.WithDbAsync(db => db.Means.AsNoTracking().SingleAsync(m => m.Id == issued.MeansId));
        Assert.Equal(MeansStatus.Active, means.Status);
        var stored = await factory.WithDbAsync(db => db.PersonalCertificates.AsNoTracking().SingleAsync(c => c.UserAccountId == means.UserAccountId));
        Assert.Equal(certificate.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256), stored.Thumbprint);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "certificate.registered" && e.Actor == $"account:{userName}")));
    }

    [Fact]
    public async Task APemFile_IsReadToo()
    {
        var (journey, issued, _) = await AtCertificateStepAsync();
        using var certificate = factory.Pki.Issue($"A. {issued.Surname}");

        ActivationJourney.AssertRedirect(await UploadAsync(journey, System.Text.Encoding.ASCII.GetBytes(certificate.ExportCertificatePem())), "/activeren/inloggen");
    }

    [Fact]
    public async Task EveryWrongCertificate_IsRefusedWithItsReason_AndTheMeansWaits()
    {
        var (journey, issued, _) = await AtCertificateStepAsync();
        using var otherPki = new ThrowawayPki("Onbekende CA");
        using var expired = factory.Pki.Issue($"Anna {issued.Surname}", DateTimeOffset.UtcNow.AddMonths(-6), factory.Clock.GetUtcNow().AddSeconds(-1));
        using var foreign = otherPki.Issue($"Anna {issued.Surname}");
        using var someoneElse = factory.Pki.Issue("Bert Anderman");

        Assert.Contains("geen certificaat", await RefusalAsync(journey, "dit is geen certificaat"u8.ToArray()));
        Assert.Contains("verlopen", await RefusalAsync(journey, expired.RawData));
        Assert.Contains("niet uitgegeven door een PKIoverheid-certificaatuitgever die wij vertrouwen", await RefusalAsync(journey, foreign.RawData));
        Assert.Contains("niet die van de houder", await RefusalAsync(journey, someoneElse.RawData));
        Assert.Contains("(CA)", await RefusalAsync(journey, factory.Pki.Ca.RawData));

        Assert.Equal(MeansStatus.AwaitingActivation, await factory.WithDbAsync(db => db.Means.Where(m => m.Id == issued.MeansId).Select(m => m.Status).SingleAsync()));
    }

    [Fact]
    public async Task ACertificateBelongsToOneAccountOnly()
    {
        var (first, firstIssued, _) = await AtCertificateStepAsync();
        var (second, secondIssued, _) = await AtCertificateStepAsync();
        await factory.WithDbAsync(db => db.Means.Where(m => m.Id == secondIssued.MeansId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.HolderSurname, firstIssued.Surname)));
        using var certificate = factory.Pki.Issue($"Anna {firstIssued.Surname}");
        ActivationJourney.AssertRedirect(await UploadAsync(first, certificate.RawData), "/activeren/inloggen");

        Assert.Contains("al bij een account geregistreerd", await RefusalAsync(second, certificate.RawData));
    }

    [Fact]
    public async Task TheLogInStep_CanBeDoneWithTheCertificate_AndFinishesTheActivation()
    {
        var (journey, issued, userName) = await AtCertificateStepAsync();
        using var certificate = factory.Pki.Issue($"Anna {issued.Surname}");
        ActivationJourney.AssertRedirect(await UploadAsync(journey, certificate.RawData), "/activeren/inloggen");
        var step = await journey.Client.GetPageAsync("/activeren/inloggen");
        Assert.NotNull(step.QuerySelector("a[href='/inloggen/certificaat?terug=%2Factiveren%2Fafgerond']"));
        CertificateFactory.PresentCertificate(journey.Client.Http, certificate);

        var response = await journey.Client.PostFormAsync("/inloggen/certificaat?terug=%2Factiveren%2Fafgerond", []);

        ActivationJourney.AssertRedirect(response, "/activeren/afgerond");
        Assert.Contains("procedure is afgerond", (await journey.Client.GetPageAsync("/activeren/afgerond")).QuerySelector("h1")!.TextContent);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "activation.completed" && e.Actor == $"account:{userName}")));
    }

    [Fact]
    public async Task WithoutTheCertificate_TheLogInStepCannotBeReached()
    {
        var (journey, _, _) = await AtCertificateStepAsync();

        ActivationJourney.AssertRedirect(await journey.Client.Http.GetAsync("/activeren/inloggen"), "/activeren/certificaat");
    }

    [Fact]
    public async Task AnEh3HolderUpgradedToEh4_RegistersTheCertificate_AndTheMeansRisesToEh4()
    {
        var (holder, code) = await Upgrades.UpgradeWorld.PrintedUpgradeAsync(factory, "69599084", null, AssuranceLevel.EH3, AssuranceLevel.EH4, withResponder: true);
        var journey = new ActivationJourney(factory);
        await journey.EnterCodeAsync(code);
        await journey.ConfirmHolderAsync();
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var otp = Accounts.SignInAccounts.Code(holder.Account, factory.Clock.GetUtcNow());

        ActivationJourney.AssertRedirect(await journey.LinkAccountAsync(holder.Account.UserName, Accounts.SignInAccounts.Password, otp), "/activeren/certificaat");
        Assert.Equal(AssuranceLevel.EH3, (await factory.WithDbAsync(db => db.Means.AsNoTracking().SingleAsync(m => m.Id == holder.MeansId))).Level);
        using var certificate = factory.Pki.Issue("Anna Jansen");
        ActivationJourney.AssertRedirect(await UploadAsync(journey, certificate.RawData), "/activeren/inloggen");

        var means = await factory.WithDbAsync(db => db.Means.AsNoTracking().SingleAsync(m => m.Id == holder.MeansId));
        Assert.Equal((AssuranceLevel.EH4, (AssuranceLevel?)null, MeansStatus.Active), (means.Level, means.PendingLevel, means.Status));
    }
}
