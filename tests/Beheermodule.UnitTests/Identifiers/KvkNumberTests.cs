using Beheermodule.Core.Identifiers;

namespace Beheermodule.UnitTests.Identifiers;

public class KvkNumberTests
{
    [Theory]
    [InlineData("69599084", "69599084")]
    [InlineData("00038509", "00038509")]
    [InlineData("  69599084\t", "69599084")]
    [InlineData("6959 9084", "69599084")]
    [InlineData("69.59.90.84", "69599084")]
    [InlineData(" 0003 85.09 ", "00038509")]
    public void Accepts_and_normalises(string input, string expected)
    {
        Assert.True(KvkNumber.TryParse(input, out var number, out var error));
        Assert.Null(error);
        Assert.Equal(expected, number.Value);
        Assert.Equal(expected, number.ToString());
    }

    [Theory]
    [InlineData("6959908")]
    [InlineData("695990845")]
    [InlineData("6959908A")]
    [InlineData("6959-9084")]
    [InlineData("6959,9084")]
    [InlineData("６９５９９０８４")]
    public void Refuses_anything_but_8_digits(string input)
    {
        Assert.False(KvkNumber.TryParse(input, out var number, out var error));
        Assert.Equal("Een KvK-nummer bestaat uit 8 cijfers.", error);
        Assert.Equal(default, number);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Refuses_empty_input(string? input)
    {
        Assert.False(KvkNumber.TryParse(input, out _, out var error));
        Assert.Equal("Vul een KvK-nummer in.", error);
    }

    [Fact]
    public void Equal_after_normalisation()
    {
        Assert.Equal(KvkNumber.Parse("69599084"), KvkNumber.Parse("6959 90.84"));
        Assert.NotEqual(KvkNumber.Parse("69599084"), KvkNumber.Parse("69599068"));
    }

    [Fact]
    public void Parse_throws_FormatException_with_the_message()
    {
        var exception = Assert.Throws<FormatException>(() => KvkNumber.Parse("1234"));
        Assert.Equal("Een KvK-nummer bestaat uit 8 cijfers.", exception.Message);
    }
}
