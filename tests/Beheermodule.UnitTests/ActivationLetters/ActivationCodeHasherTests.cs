using Beheermodule.Core.ActivationLetters;
using Microsoft.Extensions.Options;

namespace Beheermodule.UnitTests.ActivationLetters;

public sealed class ActivationCodeHasherTests
{
    private const string Code = "ABCD-EFGH-JKMN";

    // The bytes 0..31, base64.
    private const string KnownKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private readonly ActivationCodeHasher _hasher = Hasher(KnownKey);

    [Fact]
    public void Same_code_and_key_give_the_same_hash()
    {
        Assert.Equal(_hasher.Hash(Code), Hasher(KnownKey).Hash(Code));
    }

    [Fact]
    public void The_hash_is_hmac_sha256_of_the_canonical_code_in_lowercase_hex()
    {
        // Pinned: stored hashes stay valid only while this stays the same (computed with Python's hmac module).
        Assert.Equal("21884ea5a45eed3bf6276b8ab637a7109b2cf9f6a0268bfefa1797d60134a6cd", _hasher.Hash(Code));
    }

    [Fact]
    public void A_different_key_gives_a_different_hash()
    {
        var otherKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(b => (byte)b).ToArray());

        Assert.NotEqual(_hasher.Hash(Code), Hasher(otherKey).Hash(Code));
    }

    [Fact]
    public void A_different_code_gives_a_different_hash()
    {
        Assert.NotEqual(_hasher.Hash(Code), _hasher.Hash("ABCD-EFGH-JKMP"));
    }

    [Fact]
    public void The_hash_does_not_contain_the_code()
    {
        var hash = _hasher.Hash(Code);

        Assert.Equal(ActivationCodeHasher.HashLength, hash.Length);
        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.DoesNotContain("ABCD", hash, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("JKMN", hash, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Matches_the_code_behind_the_hash()
    {
        Assert.True(_hasher.Matches(Code, _hasher.Hash(Code)));
    }

    [Fact]
    public void Matches_rejects_another_code()
    {
        var stored = _hasher.Hash(Code);

        Assert.False(_hasher.Matches("ABCD-EFGH-JKMP", stored));
        Assert.False(_hasher.Matches(new ActivationCodeGenerator().Generate(), stored));
    }

    [Fact]
    public void Matches_rejects_the_hash_under_another_key()
    {
        var otherKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(b => (byte)b).ToArray());

        Assert.False(_hasher.Matches(Code, Hasher(otherKey).Hash(Code)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("21884ea5")]
    [InlineData("21884ea5a45eed3bf6276b8ab637a7109b2cf9f6a0268bfefa1797d60134a6cd00")]
    [InlineData("zz884ea5a45eed3bf6276b8ab637a7109b2cf9f6a0268bfefa1797d60134a6cd")]
    [InlineData("ABCD-EFGH-JKMN")]
    public void Matches_rejects_a_stored_value_that_is_no_hash(string stored)
    {
        Assert.False(_hasher.Matches(Code, stored));
    }

    [Theory]
    [InlineData("abcd-efgh-jkmn")]
    [InlineData("ABCDEFGHJKMN")]
    [InlineData("ABCD-EFGH-JKM0")]
    public void Only_the_canonical_form_is_hashed(string notCanonical)
    {
        Assert.Throws<ArgumentException>(() => _hasher.Hash(notCanonical));
        Assert.Throws<ArgumentException>(() => _hasher.Matches(notCanonical, _hasher.Hash(Code)));
    }

    [Fact]
    public void Without_a_key_the_hasher_refuses_to_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ActivationCodeHasher(Options.Create(new ActivationCodeOptions())));

        Assert.Contains("ActivationCodes:HashKey", error.Message);
    }

    private static ActivationCodeHasher Hasher(string key) => new(Options.Create(new ActivationCodeOptions { HashKey = key }));
}
