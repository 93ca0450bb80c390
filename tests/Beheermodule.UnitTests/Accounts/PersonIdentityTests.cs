using Beheermodule.Core.Accounts;

namespace Beheermodule.UnitTests.Accounts;

/// <summary>Rule 9 compares people, not spellings: an address may be used again only by the same person.</summary>
public sealed class PersonIdentityTests
{
    private static readonly DateOnly Born = new(1980, 12, 31);

    [Theory]
    [InlineData("J.P.", "de Vries", "jp", "De  Vries")]
    [InlineData("E.", "Müller", "e", "Muller")]
    public void TheSameNames_AsPeopleMeanThem_AndTheSameBirthday_AreOnePerson(string initials, string surname, string otherInitials, string otherSurname) =>
        Assert.True(new PersonIdentity(initials, surname, Born).IsSamePersonAs(new PersonIdentity(otherInitials, otherSurname, Born)));

    [Theory]
    [InlineData("J.", "Jansen", "1980-12-31", "K.", "Jansen", "1980-12-31")]
    [InlineData("J.", "Jansen", "1980-12-31", "J.", "Janssen", "1980-12-31")]
    [InlineData("J.", "Jansen", "1980-12-31", "J.", "Jansen", "1981-12-31")]
    public void AnotherNameOrBirthday_IsAnotherPerson(string initials, string surname, string born, string otherInitials, string otherSurname, string otherBorn) =>
        Assert.False(new PersonIdentity(initials, surname, DateOnly.Parse(born)).IsSamePersonAs(new PersonIdentity(otherInitials, otherSurname, DateOnly.Parse(otherBorn))));

    [Fact]
    public void AnUnknownBirthday_IsDecidedByTheNames() =>
        Assert.True(new PersonIdentity("J.", "Jansen", null).IsSamePersonAs(new PersonIdentity("J.", "Jansen", Born)));
}
