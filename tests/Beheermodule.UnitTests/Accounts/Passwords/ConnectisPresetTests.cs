using Beheermodule.Core.Accounts.Passwords;

namespace Beheermodule.UnitTests.Accounts.Passwords;

/// <summary>Rule 6 as written: 8 to 16 characters, at least 2 letters and 2 digits, at most 1 listed special, nothing else.</summary>
public sealed class ConnectisPresetTests
{
    private static IReadOnlyList<PasswordProblem> Check(string password, PasswordContext? context = null) =>
        Policies.Connectis.Check(password, context ?? Policies.NoNames);

    [Theory]
    [InlineData("Kwarts47")]
    [InlineData("Kwartsbloem47xyz")]
    [InlineData("kwarts 47")]
    [InlineData("47kwartsbloem")]
    public void AcceptablePassword_HasNoProblems(string password) => Assert.Empty(Check(password));

    [Fact]
    public void SevenCharacters_IsTooShort()
    {
        var problem = Assert.Single(Check("Kwart47"));
        Assert.Equal(new PasswordProblem("TooShort", "Gebruik minstens 8 tekens; u gebruikte er 7."), problem);
    }

    [Fact]
    public void SeventeenCharacters_IsRefusedWithTheReason_NotCutOff()
    {
        var problem = Assert.Single(Check("Kwartsbloem47xyzq"));

        Assert.Equal(new PasswordProblem("TooLong", "Gebruik hoogstens 16 tekens; u gebruikte er 17."), problem);
        // The first 16 characters alone would pass: only the 17th is the problem, and it is not dropped silently.
        Assert.Empty(Check("Kwartsbloem47xyzq"[..16]));
    }

    [Fact]
    public void OneLetter_IsTooFew()
    {
        var problem = Assert.Single(Check("k1234567"));
        Assert.Equal(new PasswordProblem("TooFewLetters", "Gebruik minstens 2 letters (a-z of A-Z); u gebruikte er 1."), problem);
    }

    [Fact]
    public void OneDigit_IsTooFew()
    {
        var problem = Assert.Single(Check("Kwartsbl7"));
        Assert.Equal(new PasswordProblem("TooFewDigits", "Gebruik minstens 2 cijfers (0-9); u gebruikte er 1."), problem);
    }

    [Fact]
    public void TwoSpecials_AreTooMany_AndBothAreNamed()
    {
        var problem = Assert.Single(Check("Kwarts!47?"));
        Assert.Equal(new PasswordProblem("TooManySpecials", "Gebruik hoogstens 1 speciaal teken; u gebruikte er 2: '!' en '?'."), problem);
    }

    [Theory]
    [MemberData(nameof(ListedSpecials))]
    public void EachListedSpecial_IsAllowedOnce(string special) => Assert.Empty(Check($"Kwarts{special}47"));

    public static TheoryData<string> ListedSpecials => new(["!", "@", "#", "$", "%", "^", "&", "*", "(", ")", " ", "-", "_", "+", "[", "{", "]", "}", "?", "/", "=", "`", "~"]);

    [Theory]
    [InlineData(";")]
    [InlineData(".")]
    [InlineData(",")]
    [InlineData("\"")]
    [InlineData("€")]
    [InlineData("\\")]
    public void SpecialOutsideTheSet_IsRefusedByName(string special)
    {
        var problem = Assert.Single(Check($"Kwarts{special}47"));
        Assert.Equal("CharacterNotAllowed", problem.Code);
        Assert.StartsWith($"Het teken '{special}' is niet toegestaan.", problem.Message);
    }

    [Fact]
    public void NonAsciiLetter_IsRefusedByName_AndDoesNotCountAsALetter()
    {
        var problems = Check("é1234567a");

        Assert.Equal(["TooFewLetters", "CharacterNotAllowed"], problems.Codes());
        Assert.StartsWith("Het teken 'é' is niet toegestaan.", problems[1].Message);
    }

    [Fact]
    public void SeveralCharactersOutsideTheSet_AreAllNamedOnce()
    {
        var problem = Assert.Single(Check("Kwärtsé47ä"));
        Assert.StartsWith("De tekens 'ä' en 'é' zijn niet toegestaan.", problem.Message);
    }

    [Fact]
    public void Emoji_CountsAsOneCharacter()
    {
        // 16 code points but 17 UTF-16 units: not too long, only the emoji itself is refused.
        var sixteen = Check("Kwartsbloem47xy😀");
        Assert.Equal(["CharacterNotAllowed"], sixteen.Codes());
        Assert.StartsWith("Het teken '😀' is niet toegestaan.", sixteen[0].Message);
        // 8 code points, 9 UTF-16 units.
        Assert.DoesNotContain("TooShort", Check("Kwart47😀").Codes());
        Assert.Contains("TooShort", Check("Kwar47😀").Codes());
    }

    [Fact]
    public void ControlCharacter_IsNamedByItsCodePoint()
    {
        var problem = Assert.Single(Check("Kwarts\t47"));
        Assert.StartsWith("Het teken U+0009 is niet toegestaan.", problem.Message);
    }

    [Theory]
    [InlineData("kwarts", "Kwarts4711")]
    [InlineData("KWARTS", "xkwarts47")]
    [InlineData("j.kwarts", "J-Kwarts47")]
    public void UserNameInside_IsRefused(string userName, string password)
    {
        var problem = Assert.Single(Check(password, PasswordContext.ForUser(userName)));
        Assert.Equal(new PasswordProblem("ContainsUserName", "Het wachtwoord bevat uw gebruikersnaam. Kies een wachtwoord zonder uw gebruikersnaam."), problem);
    }

    [Fact]
    public void UserNameShorterThanThree_IsNotLookedFor() => Assert.Empty(Check("Kwarts47", PasswordContext.ForUser("kw")));

    [Fact]
    public void OrganisationNameInside_WithoutItsLegalForm_IsRefusedNamingIt()
    {
        var problem = Assert.Single(Check("BakkerijKwast12", new PasswordContext("jansen", ["Bakkerij Kwast B.V.", "Molen Zeventien"])));
        Assert.Equal(new PasswordProblem("ContainsOrganisationName",
            "Het wachtwoord bevat de naam van uw organisatie (Bakkerij Kwast B.V.). Kies een wachtwoord zonder die naam."), problem);
    }

    [Theory]
    [InlineData("TestVOFGuus12")]
    [InlineData("TestGuus12")]
    public void OrganisationNameInside_WithOrWithoutTheLegalFormInTheMiddle_IsRefused(string password) =>
        Assert.Equal("ContainsOrganisationName", Assert.Single(Check(password, new PasswordContext("jansen", ["Test VOF Guus"]))).Code);

    [Theory]
    [InlineData("welkom01")]
    [InlineData("Welkom01")]
    [InlineData("wachtwoord12")]
    [InlineData("Zomer-2026")]
    [InlineData("qwerty12")]
    public void CommonPassword_IsRefused(string password)
    {
        var problem = Assert.Single(Check(password));
        Assert.Equal("CommonPassword", problem.Code);
    }

    [Fact]
    public void EveryProblem_IsReportedAtOnce() =>
        Assert.Equal(["TooShort", "TooFewLetters", "TooFewDigits", "CharacterNotAllowed"], Check("é!").Codes());

    [Fact]
    public void Checklist_ListsEveryRuleWithWhetherItIsMet()
    {
        var checklist = Policies.Connectis.Checklist("Kwarts!?", Policies.NoNames);

        Assert.Equal(["length", "letters", "digits", "specials", "allowed-characters", "not-common", "no-names"], checklist.Select(r => r.Id));
        Assert.Equal([true, true, false, false, true, true, true], checklist.Select(r => r.Met));
        Assert.Equal("8 tot en met 16 tekens", checklist[0].Text);
    }
}
