using System.Net;
using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.IntegrationTests.Activation;

/// <summary>
/// The limits per address as they ship (only the posts per minute are lifted: the test types faster than people do),
/// for every request of a test shares one address.
/// </summary>
public sealed class OfficeFactory : BeheermoduleFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimiting:MailRequestsPerQuarterHour"] = "30",
        ["RateLimiting:FailedSignInsPerAddressPerQuarterHour"] = "100",
        ["RateLimiting:FailedSignInsPerAddressPerDay"] = "1000",
        ["RateLimiting:SignInAttemptsPerUserNamePerQuarterHour"] = "10",
    };
}

/// <summary>
/// Fifty colleagues of one company behind one office address activate their letters and log in within a quarter of
/// an hour, each mistyping the code once and half of them the password: only failures count per address, and the
/// office stays well under the limit, while each account and each browser keep their own strict limits.
/// </summary>
public sealed class OfficeBehindOneAddressTests(OfficeFactory factory) : IClassFixture<OfficeFactory>
{
    private const int Colleagues = 50;

    [Fact]
    public async Task FiftyColleagues_BehindOneAddress_EachActivateAndLogIn()
    {
        var codes = await IssueLettersAsync(Colleagues);

        for (var i = 0; i < Colleagues; i++)
        {
            factory.Clock.Advance(TimeSpan.FromSeconds(15));
            var journey = new ActivationJourney(factory);
            var userName = $"collega-{Guid.NewGuid().ToString("N")[..8]}";

            var mistyped = await BrowserLikeClient.ReadPageAsync(await journey.EnterCodeAsync("ABCD-EFGH-JKMN"));
            Assert.Contains("kennen wij niet", BrowserLikeClient.ErrorBeside(mistyped, "Code"));
            ActivationJourney.AssertRedirect(await journey.EnterCodeAsync(codes[i].Code), "/activeren/middel");
            ActivationJourney.AssertRedirect(await journey.ConfirmHolderAsync(), "/activeren/account");
            ActivationJourney.AssertRedirect(await journey.CreateAccountAsync(userName), "/activeren/inloggen");
            if (i % 2 == 0)
            {
                var wrong = await journey.LogInAsync(userName, seed: null, password: "verkeerd26fiets");
                Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            }
            ActivationJourney.AssertRedirect(await journey.LogInAsync(userName, seed: null), "/activeren/afgerond");
        }

        var ids = codes.Select(c => c.MeansId).ToList();
        Assert.Equal(Colleagues, await factory.WithDbAsync(db => db.Means.CountAsync(m => ids.Contains(m.Id) && m.Status == MeansStatus.Active)));
    }

    /// <summary>One approved application, and one letter printed per colleague: each means with its code.</summary>
    private async Task<List<(int MeansId, string Code)>> IssueLettersAsync(int count)
    {
        var first = await ActivationJourney.IssueAsync(factory, AssuranceLevel.EH2);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>();
        var template = await db.Means.AsNoTracking().SingleAsync(m => m.Id == first.MeansId);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var means = Enumerable.Range(1, count - 1).Select(i => new Means
        {
            OrganisationId = template.OrganisationId, Level = template.Level, ApplicationId = template.ApplicationId,
            ApplicationPersonId = template.ApplicationPersonId, HolderInitials = "C.", HolderSurname = $"Collega{(char)('a' + i % 26)}{(char)('a' + i / 26)}",
            HolderDateOfBirth = template.HolderDateOfBirth, HolderEmail = $"collega{i}-{Guid.NewGuid():N}@example.nl", HolderMobile = template.HolderMobile,
            CreatedAt = now,
        }).ToList();
        db.Means.AddRange(means);
        await db.SaveChangesAsync();
        var issuer = scope.ServiceProvider.GetRequiredService<ActivationCodeIssuer>();
        var codes = new List<(int MeansId, string Code)> { (first.MeansId, first.Code) };
        foreach (var m in means)
        {
            var issued = issuer.Issue(m.Id, null, now);
            db.ActivationCodes.Add(issued.Record);
            codes.Add((m.Id, issued.Code));
        }
        await db.SaveChangesAsync();
        return codes;
    }
}
