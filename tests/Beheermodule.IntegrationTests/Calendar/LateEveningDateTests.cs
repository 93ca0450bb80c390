using System.Net;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Beheermodule.IntegrationTests.AuthorizationManagement;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.IntegrationTests.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.Calendar;

/// <summary>A host whose clock stands at 23:30 UTC in winter: already tomorrow in the Netherlands (00:30).</summary>
public sealed class WinterEveningFactory() : BeheermoduleFactory(LateEvening.NextAt(month: 1, utcHour: 23));

/// <summary>A host whose clock stands at 22:30 UTC in summer: already tomorrow in the Netherlands (00:30, CEST).</summary>
public sealed class SummerEveningFactory() : BeheermoduleFactory(LateEvening.NextAt(month: 7, utcHour: 22));

public static class LateEvening
{
    /// <summary>The next 15th of <paramref name="month"/> at half past <paramref name="utcHour"/> UTC, so cookies and codes stay in the future.</summary>
    public static DateTimeOffset NextAt(int month, int utcHour)
    {
        var now = DateTimeOffset.UtcNow;
        var moment = new DateTimeOffset(now.Year, month, 15, utcHour, 30, 0, TimeSpan.Zero);
        return moment > now ? moment : moment.AddYears(1);
    }
}

public sealed class WinterEveningDateTests(WinterEveningFactory factory) : LateEveningDateTests(factory), IClassFixture<WinterEveningFactory>;

public sealed class SummerEveningDateTests(SummerEveningFactory factory) : LateEveningDateTests(factory), IClassFixture<SummerEveningFactory>;

/// <summary>
/// Every date rule takes "today" as the Dutch date. Half an hour after midnight in the Netherlands the UTC date is
/// still yesterday: a rule that used it would refuse today as a date in the past, or a birthday as not yet reached.
/// </summary>
public abstract class LateEveningDateTests(BeheermoduleFactory factory)
{
    [Fact]
    public void TheClock_StandsJustAfterMidnightInTheNetherlands_WhileUtcIsStillYesterday()
    {
        var utc = factory.Clock.GetUtcNow();
        Assert.Equal(DateOnly.FromDateTime(utc.UtcDateTime).AddDays(1), factory.Today);
        Assert.Equal(0, DutchDates.ToLocal(utc.UtcDateTime).Hour);
    }

    [Fact]
    public async Task EndingAMeans_Today_IsAccepted()
    {
        var response = await new MutationJourney(factory).SubmitAsync(Core.Mutations.MutationKind.EndMeans, "68750110", "avond@example.nl",
            MutationJourney.Field("Input.EndDate", factory.DateInput()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task EndingAMeans_YesterdayInTheNetherlands_IsRefused()
    {
        var (_, page) = await new MutationJourney(factory).Client.PostFormAndReadAsync("/mutaties",
        [
            new("Input.Kind", "EndMeans"), new("Input.KvkNumber", "68750110"), new("Input.HolderEmail", "avond@example.nl"),
            new("Input.EndDate", factory.DateInput(-1)),
        ]);

        Assert.Equal(Core.Mutations.EndDateRule.PastMessage, BrowserLikeClient.ErrorBeside(page, "Input.EndDate"));
    }

    [Fact]
    public async Task AMachtiging_StartingToday_IsOfferedAndGranted()
    {
        var beheerder = await Beheerders.SignInAsync(factory);
        var grantPath = $"/beheer/{beheerder.OrganisationId}/machtiging-geven?middel={beheerder.MeansId}";
        var form = await beheerder.Client.GetPageAsync(grantPath);
        Assert.Equal(factory.DateInput(), BrowserLikeClient.ValueOf(form, "Input.StartsOn"));
        var service = await factory.WithDbAsync(db => db.Services.Where(s => s.Name == "Mijn RVO").Select(s => s.Id).SingleAsync());

        var response = await beheerder.Client.PostFormAsync(grantPath,
        [
            new("Input.MeansId", beheerder.MeansId.ToString()), new("Input.Service", service.ToString()),
            new("Input.Years", "1"), new("Input.StartsOn", factory.DateInput()),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var granted = await factory.WithDbAsync(db => db.Authorizations.SingleAsync(a => a.MeansId == beheerder.MeansId && a.ServiceId == service));
        Assert.Equal((factory.Today, factory.Today.AddYears(1).AddDays(-1)), (granted.ValidFrom, granted.ValidUntil));
    }

    [Fact]
    public async Task StaffRecord_AContractAndAFaceToFaceCheck_OfToday()
    {
        var statusPath = await new ApplicationJourney(factory).ApplyAsync(AssuranceLevel.EH3, "68750110", null,
            [ApplicationJourney.User("Nachtwerker", "Mijn RVO")]);
        var applicationId = await StaffDesk.ApplicationIdAsync(factory, statusPath);
        var desk = await StaffDesk.SignInAsync(factory);

        await desk.RecordContractReceivedAsync(applicationId);
        await desk.TickEverythingAsync(applicationId);

        Assert.Equal(factory.Today, await factory.WithDbAsync(db => db.Applications.Where(a => a.Id == applicationId).Select(a => a.ContractReceivedOn).SingleAsync()));
        Assert.True(await factory.WithDbAsync(db => db.ApplicationChecks.AnyAsync(c => c.ApplicationId == applicationId && c.MetOn == factory.Today)));
    }

    [Fact]
    public async Task ARepresentative_WhoTurns18Today_IsOldEnough_AndOneWhoTurns18Tomorrow_IsNot()
    {
        var applicant = new ApplicationJourney(factory);
        ApplicationJourney.AssertMovedTo("/aanvragen/organisatie", await applicant.ChooseLevelAsync(AssuranceLevel.EH2));
        // A stichting the register gives no functionaries for: only the age is checked here.
        ApplicationJourney.AssertMovedTo("/aanvragen/vertegenwoordigers", await applicant.ChooseOrganisationAsync("69599068"));
        var eighteenToday = factory.Today.AddYears(-18).ToString("yyyy-MM-dd");
        var eighteenTomorrow = factory.Today.AddYears(-18).AddDays(1).ToString("yyyy-MM-dd");

        var (_, tooYoung) = await applicant.Client.PostFormAndReadAsync("/aanvragen/vertegenwoordigers",
            ApplicationJourney.PersonFields([ApplicationJourney.Representative with { DateOfBirth = eighteenTomorrow }])
                .Append(new("Input.JointlyAuthorised", "false")).Append(new("action", "next")));
        Assert.Equal("Deze persoon moet minstens 18 jaar oud zijn.", BrowserLikeClient.ErrorBeside(tooYoung, "Input.Persons[0].DateOfBirth"));

        ApplicationJourney.AssertMovedTo("/aanvragen/beheerders",
            await applicant.EnterLegalRepresentativesAsync(false, ApplicationJourney.Representative with { DateOfBirth = eighteenToday }));
    }
}
