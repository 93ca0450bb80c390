using Beheermodule.Core.Identifiers;

namespace Beheermodule.UnitTests.Identifiers;

public class RsinTests
{
    [Theory]
    [InlineData("992760562", "992760562")]
    [InlineData("857587973", "857587973")]
    [InlineData("002760563", "002760563")]
    [InlineData(" 9927 60 562 ", "992760562")]
    [InlineData("992.760.562", "992760562")]
    public void Accepts_valid_rsins_and_normalises(string input, string expected)
    {
        Assert.True(Rsin.TryParse(input, out var rsin, out var error));
        Assert.Null(error);
        Assert.Equal(expected, rsin.Value);
        Assert.Equal(expected, rsin.ToString());
    }

    [Theory]
    [InlineData("992760563")]
    [InlineData("992760552")]
    [InlineData("892760562")]
    [InlineData("992706562")]
    public void Refuses_an_rsin_that_fails_the_elfproef(string input)
    {
        Assert.False(Rsin.TryParse(input, out var rsin, out var error));
        Assert.Equal("Dit RSIN klopt niet: de elfproef faalt.", error);
        Assert.Equal(default, rsin);
    }

    [Fact]
    public void Every_single_digit_change_of_a_valid_rsin_fails()
    {
        const string valid = "992760562";
        for (var position = 0; position < valid.Length; position++)
        {
            for (var digit = '0'; digit <= '9'; digit++)
            {
                if (digit == valid[position])
                {
                    continue;
                }
                var changed = string.Concat(valid.AsSpan(0, position), digit.ToString(), valid.AsSpan(position + 1));
                Assert.False(Rsin.TryParse(changed, out _, out _), $"{changed} should fail the elfproef");
            }
        }
    }

    [Fact]
    public void Refuses_all_zeros_although_the_sum_is_divisible_by_11()
    {
        Assert.False(Rsin.TryParse("000000000", out _, out var error));
        Assert.Equal("Dit RSIN klopt niet: het kan niet uit alleen nullen bestaan.", error);
    }

    [Theory]
    [InlineData("99276056")]
    [InlineData("9927605620")]
    [InlineData("99276056A")]
    [InlineData("992-760-562")]
    public void Refuses_anything_but_9_digits(string input)
    {
        Assert.False(Rsin.TryParse(input, out _, out var error));
        Assert.Equal("Een RSIN bestaat uit 9 cijfers.", error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Refuses_empty_input(string? input)
    {
        Assert.False(Rsin.TryParse(input, out _, out var error));
        Assert.Equal("Vul een RSIN in.", error);
    }

    [Fact]
    public void Parse_throws_FormatException_with_the_message()
    {
        var exception = Assert.Throws<FormatException>(() => Rsin.Parse("992760563"));
        Assert.Equal("Dit RSIN klopt niet: de elfproef faalt.", exception.Message);
        Assert.Equal("992760562", Rsin.Parse("992760562").Value);
    }
}
