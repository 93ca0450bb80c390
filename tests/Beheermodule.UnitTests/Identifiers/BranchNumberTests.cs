using Beheermodule.Core.Identifiers;

namespace Beheermodule.UnitTests.Identifiers;

public class BranchNumberTests
{
    [Theory]
    [InlineData("000038509504", "000038509504")]
    [InlineData("990000541921", "990000541921")]
    [InlineData(" 000038509520 ", "000038509520")]
    [InlineData("0000 3850 9504", "000038509504")]
    [InlineData("000.038.509.504", "000038509504")]
    public void Accepts_and_normalises_keeping_leading_zeros(string input, string expected)
    {
        Assert.True(BranchNumber.TryParse(input, out var number, out var error));
        Assert.Null(error);
        Assert.Equal(expected, number.Value);
        Assert.Equal(expected, number.ToString());
    }

    [Theory]
    [InlineData("38509504")]
    [InlineData("00003850950")]
    [InlineData("0000385095040")]
    [InlineData("00003850950X")]
    [InlineData("000038-509504")]
    public void Refuses_anything_but_12_digits(string input)
    {
        Assert.False(BranchNumber.TryParse(input, out var number, out var error));
        Assert.Equal("Een vestigingsnummer bestaat uit 12 cijfers.", error);
        Assert.Equal(default, number);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t ")]
    public void Refuses_empty_input(string? input)
    {
        Assert.False(BranchNumber.TryParse(input, out _, out var error));
        Assert.Equal("Vul een vestigingsnummer in.", error);
    }

    [Fact]
    public void Parse_throws_FormatException_with_the_message()
    {
        var exception = Assert.Throws<FormatException>(() => BranchNumber.Parse("69599084"));
        Assert.Equal("Een vestigingsnummer bestaat uit 12 cijfers.", exception.Message);
    }
}
