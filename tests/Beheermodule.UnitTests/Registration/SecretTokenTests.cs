using System.Text.RegularExpressions;
using Beheermodule.Core.Registration;

namespace Beheermodule.UnitTests.Registration;

public partial class SecretTokenTests
{
    [GeneratedRegex("^[A-Za-z0-9_-]{43,}$")]
    private static partial Regex UrlSafe();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex LowerHex64();

    [Fact]
    public void Create_Always_AtLeast43UrlSafeCharacters()
    {
        for (var i = 0; i < 200; i++)
        {
            var token = SecretToken.Create();
            Assert.Matches(UrlSafe(), token);
            Assert.Equal(token, Uri.EscapeDataString(token));
        }
    }

    [Fact]
    public void Create_1000Draws_AllUnique()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => SecretToken.Create()).ToList();

        Assert.Equal(tokens.Count, tokens.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Hash_SameToken_SameLowercaseHex64()
    {
        var token = SecretToken.Create();

        var first = SecretToken.Hash(token);
        var second = SecretToken.Hash(token);

        Assert.Equal(first, second);
        Assert.Matches(LowerHex64(), first);
    }

    [Fact]
    public void Hash_KnownInput_IsSha256OfUtf8()
    {
        // FIPS 180-2 test vector: SHA-256("abc").
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SecretToken.Hash("abc"));
    }

    [Fact]
    public void Hash_DifferentTokens_DifferentHashes()
    {
        var hashes = Enumerable.Range(0, 1000).Select(_ => SecretToken.Hash(SecretToken.Create())).ToList();

        Assert.Equal(hashes.Count, hashes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Hash_Token_IsNotTheTokenAndDoesNotContainIt()
    {
        for (var i = 0; i < 100; i++)
        {
            var token = SecretToken.Create();
            var hash = SecretToken.Hash(token);

            Assert.NotEqual(token, hash);
            Assert.DoesNotContain(token, hash, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Hash_TokensDifferingInCase_Differ()
    {
        Assert.NotEqual(SecretToken.Hash("AbC"), SecretToken.Hash("abc"));
    }
}
