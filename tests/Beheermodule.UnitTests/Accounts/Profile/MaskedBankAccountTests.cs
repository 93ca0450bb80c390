using Beheermodule.Core.Accounts.Profile;

namespace Beheermodule.UnitTests.Accounts.Profile;

public sealed class MaskedBankAccountTests
{
    [Theory]
    [InlineData("NL91ABNA0417164300", "NL** **** **** **43 00")]
    [InlineData("nl91 abna 0417 1634 56", "NL** **** **** **34 56")]
    [InlineData("DE89370400440532013000", "DE** **** **** **** **30 00")]
    [InlineData("BE68539007547034", "BE** **** **** 7034")]
    public void OnlyTheCountryAndTheLastFourCharacters_StayReadable(string iban, string masked)
    {
        Assert.Equal(masked, MaskedBankAccount.Mask(iban));
    }

    [Fact]
    public void SomethingTooShortToMask_ShowsNothingOfIt()
    {
        Assert.Equal("*****", MaskedBankAccount.Mask("NL123"));
    }
}
