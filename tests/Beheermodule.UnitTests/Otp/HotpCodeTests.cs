using Beheermodule.Core.Otp;

namespace Beheermodule.UnitTests.Otp;

public sealed class HotpCodeTests
{
    private static readonly byte[] Seed = "12345678901234567890"u8.ToArray();

    /// <summary>RFC 4226 appendix D.</summary>
    [Theory]
    [InlineData(0, "755224")]
    [InlineData(1, "287082")]
    [InlineData(2, "359152")]
    [InlineData(3, "969429")]
    [InlineData(4, "338314")]
    [InlineData(5, "254676")]
    [InlineData(6, "287922")]
    [InlineData(7, "162583")]
    [InlineData(8, "399871")]
    [InlineData(9, "520489")]
    public void Rfc4226Vectors_Match(long counter, string code)
    {
        Assert.Equal(code, HotpCode.Compute(Seed, counter));
        Assert.Equal(counter, HotpCode.MatchingCounter(Seed, code, nextCounter: 0));
    }

    [Fact]
    public void AUsedCode_DoesNotMatchAgain()
    {
        // Counter 3 was used, so the next expected is 4: the code of 3 is a replay.
        Assert.Null(HotpCode.MatchingCounter(Seed, "969429", nextCounter: 4));
    }

    [Theory]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void LooksAheadTenPresses(int ahead, bool found)
    {
        var code = HotpCode.Compute(Seed, 20 + ahead);

        Assert.Equal(found, HotpCode.MatchingCounter(Seed, code, nextCounter: 20) is not null);
    }

    [Fact]
    public void AToken_FarAhead_IsResynchronisedByTwoConsecutiveCodes()
    {
        var first = HotpCode.Compute(Seed, 500);
        var second = HotpCode.Compute(Seed, 501);

        Assert.Null(HotpCode.MatchingCounter(Seed, first, nextCounter: 20));
        Assert.Equal(501, HotpCode.Resynchronise(Seed, first, second, nextCounter: 20));
    }

    [Fact]
    public void Resynchronisation_RefusesCodesThatAreNotConsecutive()
    {
        Assert.Null(HotpCode.Resynchronise(Seed, HotpCode.Compute(Seed, 500), HotpCode.Compute(Seed, 502), nextCounter: 20));
    }

    [Theory]
    [InlineData("755 224", 0L)]
    [InlineData("75522", null)]
    [InlineData("", null)]
    public void ToleratesSpaces_RefusesMalformedCodes(string code, long? counter)
    {
        Assert.Equal(counter, HotpCode.MatchingCounter(Seed, code, nextCounter: 0));
    }
}
