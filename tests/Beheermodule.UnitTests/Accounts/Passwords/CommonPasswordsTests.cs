namespace Beheermodule.UnitTests.Accounts.Passwords;

public sealed class CommonPasswordsTests
{
    [Fact]
    public void EmbeddedList_IsShippedWithTheApp() => Assert.True(Policies.Common.Count >= 1_000);

    [Theory]
    [InlineData("123456")]
    [InlineData("PASSWORD")]
    [InlineData("Wachtwoord1")]
    [InlineData("herfst2025")]
    [InlineData("1qaz2wsx")]
    [InlineData("Sanne1990")]
    [InlineData("Welkom 01!")]
    public void WellKnownPassword_IsOnTheList(string password) => Assert.True(Policies.Common.Contains(password));

    [Fact]
    public void UnusualPassword_IsNotOnTheList() => Assert.False(Policies.Common.Contains("Kwartsbloem47"));
}
