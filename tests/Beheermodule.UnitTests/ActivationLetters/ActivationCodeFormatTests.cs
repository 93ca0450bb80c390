using Beheermodule.Core.ActivationLetters;

namespace Beheermodule.UnitTests.ActivationLetters;

public sealed class ActivationCodeFormatTests
{
    [Theory]
    [InlineData("ABCD-EFGH-JKMN")]
    [InlineData("abcd-efgh-jkmn")]
    [InlineData("AbCd-eFgH-jKmN")]
    [InlineData("ABCDEFGHJKMN")]
    [InlineData("abcdefghjkmn")]
    [InlineData("ABCD EFGH JKMN")]
    [InlineData("  abcd efgh jkmn  ")]
    [InlineData("ABCD-EFGHJKMN")]
    [InlineData("AB-CD--EF GH-JK-MN-")]
    [InlineData("-ABCD-EFGH-JKMN-")]
    [InlineData("ABCD\tEFGH\nJKMN")]
    [InlineData("ABCD–EFGH—JKMN")]
    public void Normalise_accepts_case_spaces_and_dashes(string input)
    {
        Assert.Equal("ABCD-EFGH-JKMN", ActivationCodeFormat.Normalise(input));
    }

    [Fact]
    public void Normalise_keeps_digits()
    {
        Assert.Equal("2345-6789-ABCD", ActivationCodeFormat.Normalise("23456789abcd"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("----")]
    [InlineData("ABCD-EFGH-JKM")]
    [InlineData("ABCD-EFGH-JKMNP")]
    [InlineData("ABCD-EFGH-JKMN-ABCD")]
    public void Normalise_refuses_the_wrong_length(string? input)
    {
        Assert.Null(ActivationCodeFormat.Normalise(input));
    }

    [Theory]
    [InlineData("ABCD-EFGH-JKM0")]
    [InlineData("ABCD-EFGH-JKMO")]
    [InlineData("ABCD-EFGH-JKMo")]
    [InlineData("ABCD-EFGH-JKM1")]
    [InlineData("ABCD-EFGH-JKMI")]
    [InlineData("ABCD-EFGH-JKMi")]
    [InlineData("ABCD-EFGH-JKML")]
    [InlineData("ABCD-EFGH-JKMl")]
    [InlineData("ABCD-EFGH-JKMÑ")]
    [InlineData("ABCD-EFGH-JKM_")]
    [InlineData("ABCD.EFGH.JKMN")]
    public void Normalise_refuses_characters_outside_the_alphabet(string input)
    {
        Assert.Null(ActivationCodeFormat.Normalise(input));
    }

    [Fact]
    public void Normalise_refuses_very_long_input_without_reading_it_all()
    {
        Assert.Null(ActivationCodeFormat.Normalise(new string('A', 1_000_000)));
    }

    [Fact]
    public void Format_groups_twelve_characters_by_four()
    {
        Assert.Equal("ABCD-EFGH-JKMN", ActivationCodeFormat.Format("ABCDEFGHJKMN"));
        Assert.Equal(14, ActivationCodeFormat.FormattedLength);
    }

    [Theory]
    [InlineData("ABCDEFGHJKM")]
    [InlineData("ABCDEFGHJKMNP")]
    [InlineData("ABCDEFGHJKM0")]
    [InlineData("abcdefghjkmn")]
    public void Format_refuses_anything_but_twelve_alphabet_characters(string characters)
    {
        Assert.Throws<ArgumentException>(() => ActivationCodeFormat.Format(characters));
    }
}
