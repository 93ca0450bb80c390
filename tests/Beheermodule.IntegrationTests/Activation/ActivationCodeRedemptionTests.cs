using Beheermodule.Core.Activation;
using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Levels;
using Beheermodule.IntegrationTests.ActivationLetters;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.IntegrationTests.Activation;

/// <summary>A printed aanmeldcode typed back in: found by its hash, valid 30 days, used exactly once.</summary>
public sealed class ActivationCodeRedemptionTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    /// <summary>Approves an EH2 application for one user and prints its letters; returns the user's printed code.</summary>
    private async Task<(string Code, int MeansId)> PrintedCodeAsync(string surname)
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var statusPath = await new ApplicationJourney(factory).ApplyAsync(AssuranceLevel.EH2, "68750110", null, [ApplicationJourney.User(surname)]);
        var id = await StaffDesk.ApplicationIdAsync(factory, statusPath);
        await desk.RecordContractReceivedAsync(id);
        await desk.TickEverythingAsync(id);
        StaffDesk.AssertDone(await desk.ActAsync(id, "Approve"));
        var room = new PrintRoom(factory, desk);
        var batch = await room.PrintAsync();
        var page = PrintRoom.Pages(await room.DownloadAsync(batch.Id)).Single(p => p.Words.Contains($"Gebruiker A. {surname}"));
        var meansId = await factory.WithDbAsync(db => db.Means.Where(m => m.ApplicationId == id && m.HolderSurname == surname).Select(m => m.Id).SingleAsync());
        return (ActivationCodeText.InCharacters(page.Characters), meansId);
    }

    private async Task<T> WithRedemptionAsync<T>(Func<ActivationCodeRedemption, Task<T>> use)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<ActivationCodeRedemption>());
    }

    [Theory]
    [InlineData("as printed")]
    [InlineData("lower case")]
    [InlineData("spaces, no dashes")]
    public async Task ThePrintedCode_IsFound_HoweverItIsTyped(string typing)
    {
        var (code, meansId) = await PrintedCodeAsync(typing switch { "lower case" => "Klein", "spaces, no dashes" => "Spatie", _ => "Zoalsgedrukt" });
        var typed = typing switch
        {
            "lower case" => code.ToLowerInvariant(),
            "spaces, no dashes" => code.Replace("-", " ").Insert(2, " "),
            _ => code,
        };

        var check = await WithRedemptionAsync(r => r.CheckAsync(typed));

        Assert.Equal(ActivationCodeCheckOutcome.Valid, check.Outcome);
        Assert.Equal(meansId, check.MeansId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ABCD-EFGH-JKMN")]
    [InlineData("ABCD-EFGH-JKM0")]
    [InlineData("ABCD-EFGH-JKMN-PQRS")]
    public async Task AnythingElse_IsUnknown(string typed)
    {
        Assert.Equal(ActivationCodeCheckOutcome.Unknown, (await WithRedemptionAsync(r => r.CheckAsync(typed))).Outcome);
    }

    [Fact]
    public async Task TheSameCodeRedeemed20TimesAtOnce_SucceedsExactlyOnce()
    {
        var (code, _) = await PrintedCodeAsync("Racer");
        var id = (await WithRedemptionAsync(r => r.CheckAsync(code))).ActivationCodeId!.Value;

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => WithRedemptionAsync(r => r.RedeemAsync(id)))));

        Assert.Single(results, redeemed => redeemed);
        Assert.Equal(ActivationCodeCheckOutcome.Used, (await WithRedemptionAsync(r => r.CheckAsync(code))).Outcome);
        Assert.NotNull(await factory.WithDbAsync(db => db.ActivationCodes.Where(c => c.Id == id).Select(c => c.UsedAt).SingleAsync()));
    }

    [Fact]
    public async Task ACode_WorksUntil30DaysAfterPrinting_ToTheSecond()
    {
        var (code, _) = await PrintedCodeAsync("Laatkomer");
        var expiresAt = await factory.WithDbAsync(db => db.ActivationCodes.Where(c => c.Status == ActivationCodeStatus.Issued)
            .OrderByDescending(c => c.Id).Select(c => c.ExpiresAt).FirstAsync());

        factory.Clock.SetUtcNow(new DateTimeOffset(expiresAt.AddSeconds(-1), TimeSpan.Zero));
        Assert.Equal(ActivationCodeCheckOutcome.Valid, (await WithRedemptionAsync(r => r.CheckAsync(code))).Outcome);

        factory.Clock.SetUtcNow(new DateTimeOffset(expiresAt.AddSeconds(1), TimeSpan.Zero));
        var check = await WithRedemptionAsync(r => r.CheckAsync(code));
        Assert.Equal(ActivationCodeCheckOutcome.Expired, check.Outcome);
        Assert.False(await WithRedemptionAsync(r => r.RedeemAsync(check.ActivationCodeId!.Value)));
    }

    [Fact]
    public async Task ACodeReplacedByANewLetter_IsRevoked_AndCannotBeRedeemed()
    {
        var (code, _) = await PrintedCodeAsync("Kwijtraker");
        var id = (await WithRedemptionAsync(r => r.CheckAsync(code))).ActivationCodeId!.Value;
        var desk = await StaffDesk.SignInAsync(factory);
        var batchId = await factory.WithDbAsync(db => db.ActivationLetters.Where(l => db.ActivationCodes.Any(c => c.Id == id && c.ActivationLetterId == l.Id)).Select(l => l.PrintBatchId!.Value).SingleAsync());
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await new PrintRoom(factory, desk).PostAsync("Reprint", new("id", batchId.ToString()), new("confirmed", "true"))).StatusCode);

        Assert.Equal(ActivationCodeCheckOutcome.Revoked, (await WithRedemptionAsync(r => r.CheckAsync(code))).Outcome);
        Assert.False(await WithRedemptionAsync(r => r.RedeemAsync(id)));
    }
}
