using Beheermodule.Core.Accounts.Passwords;

namespace Beheermodule.UnitTests.Accounts.Passwords;

/// <summary>The trust framework's rule: at least 8, lower and upper case, a digit and a special; no name; no reuse.</summary>
public sealed class AfsprakenstelselPresetTests
{
    private static IReadOnlyList<PasswordProblem> Check(string password, PasswordContext? context = null) =>
        Policies.Afsprakenstelsel.Check(password, context ?? Policies.NoNames);

    [Theory]
    [InlineData("Kw@rts4x")]
    [InlineData("Kw@rtsbloem4xyzq")]
    [InlineData("Kw@rtsbloem4xyzqr")]
    [InlineData("Een heel lang wachtzinnetje van 2026 tekens!")]
    [InlineData("Kw@rts!4")]
    [InlineData("Kwarts;4x")]
    [InlineData("Élodie4!")]
    [InlineData("Σοφία12!")]
    [InlineData("Kwarts4😀")]
    public void AcceptablePassword_HasNoProblems(string password) => Assert.Empty(Check(password));

    [Fact]
    public void SevenCharacters_IsTooShort() =>
        Assert.Equal(new PasswordProblem("TooShort", "Gebruik minstens 8 tekens; u gebruikte er 7."), Assert.Single(Check("Kw@rt4s")));

    [Fact]
    public void Emoji_CountsAsOneCharacter() =>
        Assert.Equal("Gebruik minstens 8 tekens; u gebruikte er 7.", Assert.Single(Check("Kwart4😀")).Message);

    [Theory]
    [InlineData("KW@RTS47", "NoLowercase", "Gebruik minstens 1 kleine letter; u gebruikte er geen.")]
    [InlineData("kw@rts47", "NoUppercase", "Gebruik minstens 1 hoofdletter; u gebruikte er geen.")]
    [InlineData("Kw@rtsxy", "NoDigit", "Gebruik minstens 1 cijfer; u gebruikte er geen.")]
    [InlineData("Kwarts47", "NoSpecial", "Gebruik minstens 1 speciaal teken (zoals ! ? # of een spatie); u gebruikte er geen.")]
    [InlineData("K@123456", "NoLowercase", "Gebruik minstens 1 kleine letter; u gebruikte er geen.")]
    [InlineData("éééé4!ab", "NoUppercase", "Gebruik minstens 1 hoofdletter; u gebruikte er geen.")]
    public void MissingKindOfCharacter_IsNamed(string password, string code, string message) =>
        Assert.Equal(new PasswordProblem(code, message), Assert.Single(Check(password)));

    [Fact]
    public void AccentTypedAsASeparateMark_IsNotASpecial()
    {
        // "e" followed by U+0301 (combining acute): the mark belongs to the letter.
        Assert.Equal(["NoSpecial"], Check("Kwarte\u03014x").Codes());
    }

    [Fact]
    public void UserNameInside_IsRefused() =>
        Assert.Equal("ContainsUserName", Assert.Single(Check("Kwarts47!", PasswordContext.ForUser("kwarts"))).Code);

    [Fact]
    public void OrganisationNameInside_IsRefused() =>
        Assert.Equal("ContainsOrganisationName", Assert.Single(Check("Kwastbakker1!", new PasswordContext("jansen", ["Kwastbakker B.V."]))).Code);

    [Fact]
    public void CommonPasswordWithASpecialAdded_IsRefused() =>
        Assert.Equal("CommonPassword", Assert.Single(Check("Welkom01!")).Code);

    [Fact]
    public void RecentPassword_IsRefused()
    {
        var context = new PasswordContext("jansen", [], candidate => candidate == "Kw@rts4x");

        Assert.Equal(new PasswordProblem("RecentlyUsed", "U gebruikte dit wachtwoord kort geleden. Kies een wachtwoord dat niet een van uw laatste 5 was."),
            Assert.Single(Check("Kw@rts4x", context)));
        Assert.Empty(Check("Kw@rts5y", context));
    }

    [Fact]
    public void Checklist_ListsEveryRule()
    {
        var checklist = Policies.Afsprakenstelsel.Checklist("kwarts", Policies.NoNames);

        Assert.Equal(["length", "lowercase", "uppercase", "digit", "special", "not-common", "no-names", "not-recent"], checklist.Select(r => r.Id));
        Assert.Equal([false, true, false, false, false, true, true, true], checklist.Select(r => r.Met));
    }
}
