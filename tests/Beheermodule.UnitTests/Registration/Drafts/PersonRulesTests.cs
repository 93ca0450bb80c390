using Beheermodule.Core.Registration.Drafts;

namespace Beheermodule.UnitTests.Registration.Drafts;

public class PersonRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private const string InitialsInvalid = "Vul alleen voorletters in, bijvoorbeeld J.A.";
    private const string DateInvalid = "Vul een geldige geboortedatum in, bijvoorbeeld 31-12-1980.";
    private const string EmailInvalid = "Vul een geldig e-mailadres in, bijvoorbeeld naam@bedrijf.nl.";
    private const string PhoneInvalid = "Vul een geldig telefoonnummer in, bijvoorbeeld 020 123 4567 of +31 20 123 4567.";
    private const string MobileInvalid = "Vul een geldig mobiel nummer in, bijvoorbeeld 06 1234 5678 of +31 6 1234 5678.";

    // Initials

    [Theory]
    [InlineData("J.A.", "J.A.")]
    [InlineData("ja", "J.A.")]
    [InlineData("J A", "J.A.")]
    [InlineData("j.a", "J.A.")]
    [InlineData(" J.A. ", "J.A.")]
    [InlineData("J", "J.")]
    [InlineData("É.M.", "É.M.")]
    public void InitialsError_ValidInitials_NullAndNormalised(string initials, string normalised)
    {
        Assert.Null(PersonRules.InitialsError(initials));
        Assert.Equal(normalised, PersonRules.NormaliseInitials(initials));
    }

    [Theory]
    [InlineData("J1")]
    [InlineData("1")]
    [InlineData("J.2.")]
    [InlineData("J-A")]
    [InlineData("J,A")]
    [InlineData("ABCDEFGHIJK")]
    public void InitialsError_NotInitials_RefusedWithExample(string initials)
    {
        Assert.Equal(InitialsInvalid, PersonRules.InitialsError(initials));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void InitialsError_Empty_AsksForInitials(string? initials)
    {
        Assert.Equal("Vul de voorletters in.", PersonRules.InitialsError(initials));
    }

    // Surname

    [Theory]
    [InlineData("Jansen")]
    [InlineData("de Vries")]
    [InlineData("van den Berg-Jansen")]
    [InlineData("O'Brien")]
    [InlineData("D’Ancona")]
    [InlineData("Müller")]
    [InlineData("'t Hart")]
    [InlineData("’t Hooft")]
    public void SurnameError_ValidSurname_Null(string surname)
    {
        Assert.Null(PersonRules.SurnameError(surname));
    }

    [Theory]
    [InlineData("Jansen2")]
    [InlineData("Jansen!")]
    [InlineData("Jan@sen")]
    public void SurnameError_InvalidCharacters_Refused(string surname)
    {
        Assert.Equal("Een achternaam bestaat uit letters, spaties, koppeltekens en apostroffen.", PersonRules.SurnameError(surname));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void SurnameError_Empty_AsksForSurname(string? surname)
    {
        Assert.Equal("Vul de achternaam in.", PersonRules.SurnameError(surname));
    }

    [Fact]
    public void SurnameError_LongerThan200_RefusedAt201()
    {
        Assert.Null(PersonRules.SurnameError(new string('a', 200)));
        Assert.Equal("De achternaam is te lang (hoogstens 200 tekens).", PersonRules.SurnameError(new string('a', 201)));
    }

    // Date of birth

    [Theory]
    [InlineData("1980-12-31")]
    [InlineData("31-12-1980")]
    [InlineData("1-2-1980")]
    [InlineData("31/12/1980")]
    [InlineData("31.12.1980")]
    [InlineData(" 1980-12-31 ")]
    public void DateOfBirthError_AcceptedFormats_Null(string value)
    {
        Assert.Null(PersonRules.DateOfBirthError(value, Today, PersonRules.MinimumAgeOfRepresentative));
    }

    [Theory]
    [InlineData("1980-12-31", 1980, 12, 31)]
    [InlineData("31-12-1980", 1980, 12, 31)]
    [InlineData("5-3-1975", 1975, 3, 5)]
    public void TryParseDate_AcceptedFormat_ParsesSameDate(string value, int year, int month, int day)
    {
        Assert.True(PersonRules.TryParseDate(value, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("2026-11-24")]
    [InlineData("24-11-2026")]
    [InlineData("2030-01-01")]
    public void DateOfBirthError_InTheFuture_Refused(string value)
    {
        Assert.Equal("De geboortedatum ligt in de toekomst.", PersonRules.DateOfBirthError(value, Today, PersonRules.MinimumAgeOfUser));
    }

    [Theory]
    [InlineData("2008-11-24", 18)]
    [InlineData("2026-11-23", 18)]
    [InlineData("2010-06-01", 18)]
    [InlineData("2010-11-24", 16)]
    [InlineData("2015-01-01", 16)]
    public void DateOfBirthError_YoungerThanMinimumAge_RefusedNamingTheAge(string value, int minimumAge)
    {
        Assert.Equal($"Deze persoon moet minstens {minimumAge} jaar oud zijn.", PersonRules.DateOfBirthError(value, Today, minimumAge));
    }

    [Theory]
    [InlineData("2008-11-23", 18)]
    [InlineData("2010-11-23", 16)]
    [InlineData("2008-11-22", 18)]
    public void DateOfBirthError_ExactlyMinimumAgeOrOlder_Null(string value, int minimumAge)
    {
        Assert.Null(PersonRules.DateOfBirthError(value, Today, minimumAge));
    }

    [Fact]
    public void MinimumAges_RepresentativeAndUser_AreAdultAnd16()
    {
        Assert.Equal(18, PersonRules.MinimumAgeOfRepresentative);
        Assert.Equal(16, PersonRules.MinimumAgeOfUser);
    }

    [Theory]
    [InlineData("1906-11-22")]
    [InlineData("1900-01-01")]
    [InlineData("22-11-1906")]
    public void DateOfBirthError_OlderThan120_Refused(string value)
    {
        Assert.Equal("Controleer het geboortejaar.", PersonRules.DateOfBirthError(value, Today, PersonRules.MinimumAgeOfRepresentative));
    }

    [Fact]
    public void DateOfBirthError_Exactly120_Accepted()
    {
        Assert.Null(PersonRules.DateOfBirthError("1906-11-23", Today, PersonRules.MinimumAgeOfRepresentative));
    }

    [Theory]
    [InlineData("31-02-1980")]
    [InlineData("1980-13-01")]
    [InlineData("gisteren")]
    [InlineData("31121980")]
    [InlineData("12/31/1980")]
    public void DateOfBirthError_NotADate_RefusedWithExample(string value)
    {
        Assert.Equal(DateInvalid, PersonRules.DateOfBirthError(value, Today, PersonRules.MinimumAgeOfRepresentative));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void DateOfBirthError_Empty_AsksForDate(string? value)
    {
        Assert.Equal("Vul de geboortedatum in.", PersonRules.DateOfBirthError(value, Today, PersonRules.MinimumAgeOfRepresentative));
    }

    // E-mail

    [Theory]
    [InlineData("naam@bedrijf.nl")]
    [InlineData(" naam@bedrijf.nl ")]
    [InlineData("j.a.jansen+eh@sub.bedrijf.example")]
    [InlineData("NAAM@BEDRIJF.NL")]
    public void EmailError_ValidAddress_Null(string email)
    {
        Assert.Null(PersonRules.EmailError(email));
    }

    [Theory]
    [InlineData("naam")]
    [InlineData("naam@bedrijf")]
    [InlineData("naam@bedrijf.n")]
    [InlineData("naam@@bedrijf.nl")]
    [InlineData("naam @bedrijf.nl")]
    [InlineData("@bedrijf.nl")]
    [InlineData("naam@bedrijf.nl, ander@bedrijf.nl")]
    public void EmailError_InvalidAddress_RefusedWithExample(string email)
    {
        Assert.Equal(EmailInvalid, PersonRules.EmailError(email));
    }

    [Fact]
    public void EmailError_LongerThan254_Refused()
    {
        var email = new string('a', 64) + "@" + new string('b', 185) + ".nl"; // 64 + 1 + 185 + 3 = 253
        Assert.Null(PersonRules.EmailError(email));
        Assert.Equal(EmailInvalid, PersonRules.EmailError("aa" + email));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void EmailError_Empty_AsksForAddress(string? email)
    {
        Assert.Equal("Vul het e-mailadres in.", PersonRules.EmailError(email));
    }

    [Fact]
    public void NormaliseEmail_Spaces_Trimmed()
    {
        Assert.Equal("naam@bedrijf.nl", PersonRules.NormaliseEmail("  naam@bedrijf.nl\t"));
    }

    // Phone

    [Theory]
    [InlineData("0201234567")]
    [InlineData("+31201234567")]
    [InlineData("020 123 4567")]
    [InlineData("020-1234567")]
    [InlineData("(020) 123 45 67")]
    [InlineData("+31 20 123 4567")]
    [InlineData("06 12345678")]
    [InlineData("+32 2 123 45 67")]
    public void PhoneError_ValidNumber_Null(string phone)
    {
        Assert.Null(PersonRules.PhoneError(phone));
    }

    [Theory]
    [InlineData("020123456")]
    [InlineData("02012345678")]
    [InlineData("1234")]
    [InlineData("telefoon")]
    [InlineData("0201234567a")]
    [InlineData("020 BEL ONS")]
    [InlineData("0001234567")]
    [InlineData("+0201234567")]
    [InlineData("+31 20")]
    public void PhoneError_LettersOrWrongLength_Refused(string phone)
    {
        Assert.Equal(PhoneInvalid, PersonRules.PhoneError(phone));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void PhoneError_Empty_AsksForNumber(string? phone)
    {
        Assert.Equal("Vul het telefoonnummer in.", PersonRules.PhoneError(phone));
    }

    // Mobile

    [Theory]
    [InlineData("06 12345678")]
    [InlineData("0612345678")]
    [InlineData("06-1234 5678")]
    [InlineData("+31 6 12345678")]
    [InlineData("+31612345678")]
    [InlineData("+32 470 12 34 56")]
    [InlineData("+49 151 12345678")]
    public void MobileError_ValidMobile_Null(string mobile)
    {
        Assert.Null(PersonRules.MobileError(mobile));
    }

    [Theory]
    [InlineData("+31 20 1234567")]
    [InlineData("0201234567")]
    [InlineData("06 1234567")]
    [InlineData("06 123456789")]
    [InlineData("+31 6 1234567")]
    [InlineData("612345678")]
    [InlineData("mobiel")]
    [InlineData("0612345678a")]
    public void MobileError_NotAMobile_Refused(string mobile)
    {
        Assert.Equal(MobileInvalid, PersonRules.MobileError(mobile));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void MobileError_Empty_AsksForMobile(string? mobile)
    {
        Assert.Equal("Vul het mobiele nummer in.", PersonRules.MobileError(mobile));
    }

    // NormalisePhone

    [Theory]
    [InlineData("020 123 4567", "0201234567")]
    [InlineData("(020) 123-45.67", "0201234567")]
    [InlineData("+31 6-1234.5678", "+31612345678")]
    [InlineData(" 06 12345678 ", "0612345678")]
    [InlineData("+32 470 12 34 56", "+32470123456")]
    [InlineData("0201234567", "0201234567")]
    public void NormalisePhone_Separators_Removed(string phone, string expected)
    {
        Assert.Equal(expected, PersonRules.NormalisePhone(phone));
    }
}
