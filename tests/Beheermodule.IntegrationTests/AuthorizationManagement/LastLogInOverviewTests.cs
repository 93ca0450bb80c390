using System.Net;
using System.Text;
using AngleSharp.Dom;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Beheermodule.IntegrationTests.Accounts;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.AuthorizationManagement;

/// <summary>The overview and its CSV export show when each colleague last logged in completely, in Dutch local time.</summary>
public sealed class LastLogInOverviewTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [Fact]
    public async Task AColleague_ShowsNogNooit_UntilACompleteLogIn_ThenItsMoment_OnThePageAndInTheCsv()
    {
        var beheerder = await Beheerders.SignInAsync(factory);
        var colleague = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH3, withResponder: true);
        var meansId = await factory.WithDbAsync(async db =>
        {
            var means = await db.Means.SingleAsync(m => m.UserAccountId == colleague.Id);
            means.OrganisationId = beheerder.OrganisationId;
            await db.SaveChangesAsync();
            return means.Id;
        });

        Assert.Equal("nog nooit", await LastLogInOnThePageAsync(beheerder, meansId));
        Assert.Equal("", await LastLogInInTheCsvAsync(beheerder, colleague));

        var attempts = new BrowserLikeClient(factory.CreateBrowserClient());
        Assert.Equal(HttpStatusCode.OK, (await SignInAccounts.PostPasswordAsync(attempts, colleague.UserName, "Verkeerd-2026")).StatusCode);
        Assert.StartsWith("/inloggen/code", (await SignInAccounts.PostPasswordAsync(attempts, colleague.UserName)).Headers.Location!.OriginalString);
        Assert.Equal("nog nooit", await LastLogInOnThePageAsync(beheerder, meansId));
        Assert.Equal("", await LastLogInInTheCsvAsync(beheerder, colleague));

        await SignInAccounts.SignInWithCodeAsync(factory, colleague);
        var signedInAt = factory.Clock.GetUtcNow();
        factory.Clock.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal(DutchDates.FormatWithTime(signedInAt.UtcDateTime), await LastLogInOnThePageAsync(beheerder, meansId));
        Assert.Equal(TimeZoneInfo.ConvertTime(signedInAt, Amsterdam).ToString("yyyy-MM-dd HH:mm"), await LastLogInInTheCsvAsync(beheerder, colleague));
    }

    private static async Task<string> LastLogInOnThePageAsync(SignedInBeheerder beheerder, int meansId)
    {
        var page = await beheerder.Client.GetPageAsync($"/beheer/{beheerder.OrganisationId}");
        var section = page.QuerySelector($"section[aria-labelledby='houder-{meansId}']")!;
        var term = section.QuerySelectorAll("dt").Single(dt => dt.TextContent == "Laatst ingelogd");
        return term.NextElementSibling!.TextContent.Trim();
    }

    private static async Task<string> LastLogInInTheCsvAsync(SignedInBeheerder beheerder, TestAccount colleague)
    {
        var response = await beheerder.Client.Http.GetAsync($"/beheer/{beheerder.OrganisationId}?handler=Export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(';');
        var column = Array.IndexOf(header, "laatst ingelogd");
        Assert.True(column >= 0, lines[0]);
        var row = lines.Single(l => l.Split(';')[1] == colleague.Email).Split(';');
        return row[column];
    }
}
