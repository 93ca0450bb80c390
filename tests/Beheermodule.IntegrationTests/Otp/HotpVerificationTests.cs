using Beheermodule.Core.Otp;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.Otp;

/// <summary>Log-in codes from an HOTP token: a look-ahead of 10 presses, each code once, and resynchronisation by staff.</summary>
public sealed class HotpVerificationTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private readonly TokenStock _stock = new(factory);

    /// <summary>An HOTP token enrolled with its first code: the next counter is 1.</summary>
    private async Task<(TokenStock.Holder Holder, string Serial, byte[] Seed)> EnrolledAsync()
    {
        var serial = TokenStock.NewSerial();
        var seed = await _stock.AddAsync(serial, OtpResponderKind.HardwareHotp);
        var holder = await _stock.CreateHolderAsync();
        Assert.NotNull(await _stock.EnrolAsync(holder, serial, HotpCode.Compute(seed, 0)));
        return (holder, serial, seed);
    }

    private Task<long?> CounterAsync(string serial) =>
        factory.WithDbAsync(db => db.OtpResponders.Where(r => r.SerialNumber == serial).Select(r => r.HotpCounter).SingleAsync());

    [Fact]
    public async Task ACodeTenPressesAhead_Works_ElevenDoesNot()
    {
        var (holder, serial, seed) = await EnrolledAsync();

        Assert.Equal(OtpCheckOutcome.Wrong, await _stock.LogInCodeAsync(holder, HotpCode.Compute(seed, 12)));
        Assert.Equal(1, await CounterAsync(serial));
        Assert.Equal(OtpCheckOutcome.Accepted, await _stock.LogInCodeAsync(holder, HotpCode.Compute(seed, 11)));
        Assert.Equal(12, await CounterAsync(serial));
    }

    [Fact]
    public async Task AnHotpCode_WorksOnce_AndAnOlderCodeNotAtAll()
    {
        var (holder, _, seed) = await EnrolledAsync();
        var code = HotpCode.Compute(seed, 3);

        Assert.Equal(OtpCheckOutcome.Accepted, await _stock.LogInCodeAsync(holder, code));
        Assert.Equal(OtpCheckOutcome.Replayed, await _stock.LogInCodeAsync(holder, code));
        Assert.Equal(OtpCheckOutcome.Replayed, await _stock.LogInCodeAsync(holder, HotpCode.Compute(seed, 2)));
    }

    [Fact]
    public async Task TheSameCode_TwiceAtOnce_IsAcceptedOnce()
    {
        var (holder, _, seed) = await EnrolledAsync();
        var code = HotpCode.Compute(seed, 1);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => _stock.LogInCodeAsync(holder, code))));

        Assert.Single(outcomes, o => o == OtpCheckOutcome.Accepted);
    }

    [Fact]
    public async Task ATokenFarAhead_IsResynchronisedByStaff_WithTwoConsecutiveCodes()
    {
        var (holder, serial, seed) = await EnrolledAsync();
        Assert.Equal(OtpCheckOutcome.Wrong, await _stock.LogInCodeAsync(holder, HotpCode.Compute(seed, 400)));
        var desk = await StaffDesk.SignInAsync(factory);
        var path = $"{TokenStock.RespondersPath}?serienummer={serial}";

        var refused = await TokenStock.PostOnPageAsync(desk, path, "Resynchronise", new("FirstCode", HotpCode.Compute(seed, 500)), new("SecondCode", HotpCode.Compute(seed, 502)));
        Assert.Equal(OtpResponderResynchronisation.Refusal, BrowserLikeClient.ErrorBeside(await BrowserLikeClient.ReadPageAsync(refused), "SecondCode"));
        Assert.Equal(1, await CounterAsync(serial));

        var response = await TokenStock.PostOnPageAsync(desk, path, "Resynchronise", new("FirstCode", HotpCode.Compute(seed, 500)), new("SecondCode", HotpCode.Compute(seed, 501)));

        var page = await TokenStock.FollowAsync(desk, response);
        Assert.Contains("gesynchroniseerd", page.QuerySelector("#message")!.TextContent);
        Assert.Equal(502, await CounterAsync(serial));
        Assert.NotEqual(OtpCheckOutcome.Accepted, await _stock.LogInCodeAsync(holder, HotpCode.Compute(seed, 501)));
        Assert.Equal(OtpCheckOutcome.Accepted, await _stock.LogInCodeAsync(holder, HotpCode.Compute(seed, 502)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "otp.resynchronised" && e.Actor == "account:helpdesk" && e.Details!.Contains(serial))));
    }
}
