using Beheermodule.Core.Otp;

namespace Beheermodule.UnitTests.Otp;

public sealed class TotpCodeTests
{
    private static readonly byte[] Seed = "12345678901234567890"u8.ToArray();
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 15, TimeSpan.Zero);

    /// <summary>RFC 6238 appendix B, SHA-1 (8 digits there); a 6-digit code is the same value's last 6 digits.</summary>
    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1111111111L, "14050471")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(2000000000L, "69279037")]
    [InlineData(20000000000L, "65353130")]
    public void Rfc6238Vectors_Match(long unixSeconds, string eightDigits)
    {
        var at = DateTimeOffset.FromUnixTimeSeconds(unixSeconds);

        Assert.Equal(eightDigits[2..], TotpCode.Compute(Seed, at));
        Assert.Equal(unixSeconds / TotpCode.StepSeconds, TotpCode.MatchingStep(Seed, eightDigits[2..], at));
    }

    [Theory]
    [InlineData(-30, true)]
    [InlineData(0, true)]
    [InlineData(30, true)]
    [InlineData(-60, false)]
    [InlineData(60, false)]
    public void OneStepOfSkewEitherWay(int offsetSeconds, bool accepted)
    {
        var code = TotpCode.Compute(Seed, Now.AddSeconds(offsetSeconds));
        Assert.Equal(accepted, TotpCode.MatchingStep(Seed, code, Now) is not null);
    }

    [Theory]
    [InlineData("123 456", "123456")]
    [InlineData(" 123456 ", "123456")]
    [InlineData("12345", null)]
    [InlineData("12345a", null)]
    [InlineData(null, null)]
    public void Normalise(string? input, string? expected)
    {
        Assert.Equal(expected, TotpCode.Normalise(input));
    }
}
