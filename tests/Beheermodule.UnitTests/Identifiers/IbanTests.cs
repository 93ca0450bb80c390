using Beheermodule.Core.Identifiers;

namespace Beheermodule.UnitTests.Identifiers;

public class IbanTests
{
    [Theory]
    [InlineData("NL91ABNA0417164300", "NL91ABNA0417164300")]
    [InlineData("NL91 ABNA 0417 1643 00", "NL91ABNA0417164300")]
    [InlineData(" nl91abna0417164300 ", "NL91ABNA0417164300")]
    [InlineData("DE89 3704 0044 0532 0130 00", "DE89370400440532013000")]
    [InlineData("BE68539007547034", "BE68539007547034")]
    [InlineData("GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432")]
    public void Accepts_valid_ibans_and_normalises(string input, string expected)
    {
        Assert.True(Iban.TryParse(input, out var iban, out var error));
        Assert.Null(error);
        Assert.Equal(expected, iban.Value);
    }

    [Fact]
    public void Every_single_character_change_of_a_valid_iban_fails_mod_97()
    {
        const string valid = "NL91ABNA0417164300";
        for (var position = 2; position < valid.Length; position++)
        {
            var alphabet = char.IsAsciiDigit(valid[position]) ? "0123456789" : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
            foreach (var replacement in alphabet.Where(c => c != valid[position]))
            {
                var changed = string.Concat(valid.AsSpan(0, position), replacement.ToString(), valid.AsSpan(position + 1));
                Assert.False(Iban.TryParse(changed, out _, out var error), $"{changed} should fail the mod-97 check");
                Assert.Equal(Iban.ChecksumMessage, error);
            }
        }
    }

    [Fact]
    public void Refuses_two_swapped_digits()
    {
        Assert.False(Iban.TryParse("NL91ABNA0417163400", out _, out var error));
        Assert.Equal(Iban.ChecksumMessage, error);
    }

    [Theory]
    [InlineData("NL91ABNA041716430")]
    [InlineData("NL91ABNA04171643000")]
    public void Refuses_a_dutch_iban_of_the_wrong_length(string input)
    {
        Assert.False(Iban.TryParse(input, out _, out var error));
        Assert.Equal(Iban.DutchLengthMessage, error);
    }

    [Theory]
    [InlineData("1234ABNA0417164300")]
    [InlineData("NLAAABNA0417164300")]
    [InlineData("NL91-ABNA-0417-1643-00")]
    [InlineData("NL91ABNA04")]
    public void Refuses_anything_that_is_not_shaped_like_an_iban(string input)
    {
        Assert.False(Iban.TryParse(input, out _, out var error));
        Assert.Equal(Iban.InvalidMessage, error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Refuses_empty_input(string? input)
    {
        Assert.False(Iban.TryParse(input, out _, out var error));
        Assert.Equal(Iban.EmptyMessage, error);
    }

    [Fact]
    public void Group_writes_it_by_four()
    {
        Assert.Equal("NL91 ABNA 0417 1643 00", Iban.Group(Iban.Parse("NL91ABNA0417164300").Value));
    }
}
