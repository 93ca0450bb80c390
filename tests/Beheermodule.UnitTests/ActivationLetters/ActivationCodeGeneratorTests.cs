using Beheermodule.Core.ActivationLetters;

namespace Beheermodule.UnitTests.ActivationLetters;

public sealed class ActivationCodeGeneratorTests
{
    private const int Codes = 100_000;

    private static readonly Lazy<List<string>> _codes = new(() =>
    {
        var generator = new ActivationCodeGenerator();
        return Enumerable.Range(0, Codes).Select(_ => generator.Generate()).ToList();
    });

    [Fact]
    public void Codes_are_twelve_alphabet_characters_in_three_groups_of_four()
    {
        Assert.All(_codes.Value.Take(1000), code =>
        {
            Assert.Equal(14, code.Length);
            Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", code);
            var characters = code.Replace("-", "", StringComparison.Ordinal);
            Assert.Equal(ActivationCodeFormat.Length, characters.Length);
            Assert.All(characters, c => Assert.Contains(c, ActivationCodeFormat.Alphabet));
        });
    }

    [Fact]
    public void Codes_are_already_in_canonical_form()
    {
        Assert.All(_codes.Value.Take(1000), code => Assert.Equal(code, ActivationCodeFormat.Normalise(code)));
    }

    [Fact]
    public void The_alphabet_has_no_look_alikes()
    {
        Assert.Equal(31, ActivationCodeFormat.Alphabet.Length);
        Assert.Equal(ActivationCodeFormat.Alphabet.Length, ActivationCodeFormat.Alphabet.Distinct().Count());
        foreach (var lookAlike in "0O1IL")
        {
            Assert.DoesNotContain(lookAlike, ActivationCodeFormat.Alphabet);
        }
    }

    [Fact]
    public void No_duplicates_in_a_hundred_thousand()
    {
        // 31^12 ≈ 7.9e17 codes: the chance of any collision among 100,000 is about 6e-9.
        Assert.Equal(Codes, _codes.Value.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_character_is_used_about_equally_often()
    {
        var counts = ActivationCodeFormat.Alphabet.ToDictionary(c => c, _ => 0L);
        foreach (var code in _codes.Value)
        {
            foreach (var character in code)
            {
                if (character != '-')
                {
                    counts[character]++;
                }
            }
        }

        var expected = (double)Codes * ActivationCodeFormat.Length / ActivationCodeFormat.Alphabet.Length;
        var chiSquare = counts.Values.Sum(count => (count - expected) * (count - expected) / expected);
        // 30 degrees of freedom: mean 30, and above 120 with a chance of about 1e-12, so this does not flake.
        // Taking a random byte modulo 31 would favour the first 8 characters by 1/8 and score about 3,400.
        Assert.True(chiSquare < 120, $"Chi-square {chiSquare:0.0} over {counts.Count} characters.");
        // Each count lies within 10 standard deviations (about 5%) of its expectation.
        Assert.All(counts, pair => Assert.InRange(pair.Value, expected * 0.95, expected * 1.05));
    }

    [Fact]
    public void Every_position_uses_the_whole_alphabet()
    {
        for (var position = 0; position < 14; position++)
        {
            if (position is 4 or 9)
            {
                Assert.All(_codes.Value, code => Assert.Equal('-', code[position]));
                continue;
            }
            Assert.Equal(31, _codes.Value.Take(10_000).Select(code => code[position]).Distinct().Count());
        }
    }
}
