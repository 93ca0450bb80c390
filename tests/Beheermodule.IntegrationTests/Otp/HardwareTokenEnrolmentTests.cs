using Beheermodule.Core.Audit;
using Beheermodule.Core.Otp;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.Otp;

/// <summary>Rule 7: a token from stock becomes one holder's personal responder, proved by a code from it.</summary>
public sealed class HardwareTokenEnrolmentTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private readonly TokenStock _stock = new(factory);

    private Task<HardwareToken> TokenAsync(string serial) =>
        factory.WithDbAsync(db => db.HardwareTokens.AsNoTracking().Include(t => t.OtpResponder).SingleAsync(t => t.SerialNumber == serial));

    [Fact]
    public async Task ATotpToken_WithACurrentCode_BecomesTheHoldersResponder()
    {
        var serial = TokenStock.NewSerial();
        var seed = await _stock.AddAsync(serial, OtpResponderKind.HardwareTotp);
        var holder = await _stock.CreateHolderAsync();
        var code = _stock.TotpNow(seed);

        var result = await _stock.EnrolAsync(holder, serial.ToLowerInvariant(), code);

        Assert.NotNull(result);
        var token = await TokenAsync(serial);
        var responder = token.OtpResponder!;
        Assert.Equal((holder.Id, OtpResponderKind.HardwareTotp, serial, serial, OtpResponderStatus.Active),
            (responder.UserAccountId, responder.Kind, responder.Label, responder.SerialNumber, responder.Status));
        Assert.Equal(token.ProtectedSeed, responder.ProtectedSeed);
        Assert.NotNull(token.EnrolledAt);
        // The enrolment code is used up: it cannot log in as well.
        Assert.Equal(OtpCheckOutcome.Replayed, await _stock.LogInCodeAsync(holder, code));
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(OtpCheckOutcome.Accepted, await _stock.LogInCodeAsync(holder, _stock.TotpNow(seed)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "otp.enrolled" && e.Actor == $"account:{holder.UserName}" && e.Details!.Contains(serial))));
    }

    [Fact]
    public async Task AnHotpToken_PressedAFewTimes_IsEnrolled_AndItsCounterMovesPastTheCode()
    {
        var serial = TokenStock.NewSerial();
        var seed = await _stock.AddAsync(serial, OtpResponderKind.HardwareHotp);
        var holder = await _stock.CreateHolderAsync();

        var result = await _stock.EnrolAsync(holder, serial, HotpCode.Compute(seed, 3));

        Assert.NotNull(result);
        var responder = (await TokenAsync(serial)).OtpResponder!;
        Assert.Equal((OtpResponderKind.HardwareHotp, 4L), (responder.Kind, responder.HotpCounter));
        Assert.NotEqual(OtpCheckOutcome.Accepted, await _stock.LogInCodeAsync(holder, HotpCode.Compute(seed, 3)));
        Assert.Equal(OtpCheckOutcome.Accepted, await _stock.LogInCodeAsync(holder, HotpCode.Compute(seed, 4)));
    }

    [Fact]
    public async Task AnHotpToken_BeyondTheLookAheadFromZero_IsNotEnrolled()
    {
        var serial = TokenStock.NewSerial();
        var seed = await _stock.AddAsync(serial, OtpResponderKind.HardwareHotp);

        var result = await _stock.EnrolAsync(await _stock.CreateHolderAsync(), serial, HotpCode.Compute(seed, 11));

        Assert.Null(result);
        Assert.True((await TokenAsync(serial)).InStock);
    }

    [Fact]
    public async Task AWrongCode_AnUnknownSerial_AndATakenSerial_GetTheSameRefusal()
    {
        var serial = TokenStock.NewSerial();
        var seed = await _stock.AddAsync(serial, OtpResponderKind.HardwareTotp);
        var (first, second) = (await _stock.CreateHolderAsync(), await _stock.CreateHolderAsync());

        var wrong = await _stock.EnrolAsync(first, serial, TotpCode.Compute(seed, factory.Clock.GetUtcNow().AddMinutes(10)));
        var unknown = await _stock.EnrolAsync(first, TokenStock.NewSerial(), _stock.TotpNow(seed));
        Assert.NotNull(await _stock.EnrolAsync(first, serial, _stock.TotpNow(seed)));
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var taken = await _stock.EnrolAsync(second, serial, _stock.TotpNow(seed));

        Assert.All(new[] { wrong, unknown, taken }, Assert.Null);
        Assert.Equal(first.Id, (await TokenAsync(serial)).OtpResponder!.UserAccountId);
        Assert.Equal(3, await factory.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == "otp.enrolment" && e.Outcome == AuditOutcome.Refused
            && (e.Actor == $"account:{first.UserName}" || e.Actor == $"account:{second.UserName}"))));
        Assert.Equal(1, await factory.WithDbAsync(db => db.OtpResponders.CountAsync(r => r.SerialNumber == serial)));
    }

    [Fact]
    public async Task TwoEnrolmentsOfTheSameToken_AtOnce_OnlyOneSucceeds()
    {
        var serial = TokenStock.NewSerial();
        var seed = await _stock.AddAsync(serial, OtpResponderKind.HardwareTotp);
        var holders = new[] { await _stock.CreateHolderAsync(), await _stock.CreateHolderAsync() };
        var code = _stock.TotpNow(seed);

        var results = await Task.WhenAll(holders.Select(h => Task.Run(() => _stock.EnrolAsync(h, serial, code))));

        Assert.Single(results, r => r is not null);
        var responder = Assert.Single(await factory.WithDbAsync(db => db.OtpResponders.Where(r => r.SerialNumber == serial).ToListAsync()));
        Assert.Equal(responder.Id, (await TokenAsync(serial)).OtpResponderId);
    }

    [Fact]
    public async Task AnotherAccountsToken_NeverWorksForThisAccount()
    {
        var serial = TokenStock.NewSerial();
        var seed = await _stock.AddAsync(serial, OtpResponderKind.HardwareHotp);
        var (owner, other) = (await _stock.CreateHolderAsync(), await _stock.CreateHolderAsync());
        Assert.NotNull(await _stock.EnrolAsync(owner, serial, HotpCode.Compute(seed, 0)));

        Assert.Equal(OtpCheckOutcome.Wrong, await _stock.LogInCodeAsync(other, HotpCode.Compute(seed, 1)));
        Assert.Equal(OtpCheckOutcome.Accepted, await _stock.LogInCodeAsync(owner, HotpCode.Compute(seed, 1)));
    }
}
