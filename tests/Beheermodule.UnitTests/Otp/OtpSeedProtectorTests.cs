using Beheermodule.Core.Otp;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Time.Testing;

namespace Beheermodule.UnitTests.Otp;

public sealed class OtpSeedProtectorTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly OtpSeedProtector _protector;
    private static readonly byte[] Seed = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

    public OtpSeedProtectorTests()
    {
        _protector = new OtpSeedProtector(new EphemeralDataProtectionProvider(), _clock);
    }

    [Fact]
    public void AtRest_TheSeedIsNotReadable_ButComesBack()
    {
        var stored = _protector.Protect(Seed);
        Assert.DoesNotContain(Convert.ToBase64String(Seed), stored);
        Assert.Equal(Seed, _protector.Unprotect(stored));
    }

    [Fact]
    public void Enrolment_OnlyForTheSameAccount()
    {
        var sealedSeed = _protector.SealForEnrolment(Seed, "account-a");
        Assert.Equal(Seed, _protector.OpenEnrolment(sealedSeed, "account-a"));
        Assert.Null(_protector.OpenEnrolment(sealedSeed, "account-b"));
        Assert.Null(_protector.OpenEnrolment("forged", "account-a"));
    }

    [Fact]
    public void Enrolment_ExpiresAfterFifteenMinutes()
    {
        var sealedSeed = _protector.SealForEnrolment(Seed, "account-a");
        _clock.Advance(OtpSeedProtector.EnrolmentLifetime);
        Assert.NotNull(_protector.OpenEnrolment(sealedSeed, "account-a"));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(_protector.OpenEnrolment(sealedSeed, "account-a"));
    }
}
