using Beheermodule.Core.Otp;

namespace Beheermodule.UnitTests.Otp;

public sealed class TotpCodeTests
{
    private static readonly byte[] Seed = "12345678901234567890"u8.ToArray();
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 15, TimeSpan.Zero);

    [Fact]
    public void Rfc6238Vector_Matches()
    {
        // RFC 6238 appendix B, SHA-1, T = 59 s: 94287082 (8 digits); the last 6 are the 6-digit code.
        Assert.Equal("287082", TotpCode.Compute(Seed, DateTimeOffset.FromUnixTimeSeconds(59)));
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
