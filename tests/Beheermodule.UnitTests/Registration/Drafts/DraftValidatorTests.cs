using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Beheermodule.Core.Registration.Drafts;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Beheermodule.UnitTests.Registration.Drafts;

public class DraftValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private const int ProvinceId = 1;
    private const int UwvId = 2;
    private const int BerichtenboxId = 3;
    private const int RvoId = 4;

    private static readonly IReadOnlyCollection<Service> Catalogue =
    [
        Service(ProvinceId, "Provincie Overijssel", "het ondertekenen van e-Formulieren", AssuranceLevel.EH2),
        Service(UwvId, "UWV", "Werkgeversportaal", AssuranceLevel.EH3, refusesBranchBoundMeans: true),
        Service(BerichtenboxId, "Logius", "MijnOverheid Berichtenbox voor bedrijven", AssuranceLevel.EH2Plus),
        Service(RvoId, "RVO", "Mijn RVO", AssuranceLevel.EH3),
    ];

    private static Service Service(int id, string provider, string name, AssuranceLevel level, bool refusesBranchBoundMeans = false) => new()
    {
        Id = id,
        Name = name,
        RequiredLevel = level,
        ServiceProvider = new ServiceProvider { Name = provider },
        RefusesBranchBoundMeans = refusesBranchBoundMeans,
    };

    private static DraftValidator Validator(RegistrationOptions? options = null) =>
        new(Options.Create(options ?? new RegistrationOptions()), new FakeTimeProvider(Now));

    private static PersonInput Person(string email = "jan@bedrijf.nl", string dateOfBirth = "1980-12-31", string phone = "020 123 4567") => new()
    {
        Initials = "J.A.",
        Surname = "Jansen",
        DateOfBirth = dateOfBirth,
        Email = email,
        Phone = phone,
    };

    private static UserInput User(string email, params int[] serviceIds) => new()
    {
        Initials = "P.",
        Surname = "de Vries",
        DateOfBirth = "1990-05-17",
        Email = email,
        Phone = "06 12345678",
        ServiceIds = [.. serviceIds],
    };

    // Level step

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("EH5")]
    [InlineData("EH 2")]
    [InlineData("hoog")]
    public void ValidateLevel_NoKnownLevel_AsksToChooseOne(string? level)
    {
        var errors = Validator().ValidateLevel(new LevelStep { Level = level });

        var error = Assert.Single(errors);
        Assert.Equal("Level", error.Field);
        Assert.Equal("Kies een betrouwbaarheidsniveau.", error.Message);
    }

    [Theory]
    [InlineData("EH1")]
    [InlineData("EH2")]
    [InlineData("EH2+")]
    [InlineData("eh2+")]
    [InlineData("EH3")]
    [InlineData("EH4")]
    public void ValidateLevel_KnownLevelWithoutRush_NoErrors(string level)
    {
        Assert.Empty(Validator().ValidateLevel(new LevelStep { Level = level, Rush = "None" }));
    }

    [Fact]
    public void ValidateLevel_Eh1WhenDisabled_Refused()
    {
        var validator = Validator(new RegistrationOptions { Eh1Enabled = false });

        var error = Assert.Single(validator.ValidateLevel(new LevelStep { Level = "EH1" }));

        Assert.Equal("Level", error.Field);
        Assert.Equal("EH1 bieden wij niet meer aan. Kies EH2 of hoger.", error.Message);
    }

    [Theory]
    [InlineData("EH2")]
    [InlineData("EH2+")]
    [InlineData("EH3")]
    [InlineData("EH4")]
    public void ValidateLevel_HigherLevelWhenEh1Disabled_NoErrors(string level)
    {
        var validator = Validator(new RegistrationOptions { Eh1Enabled = false });

        Assert.Empty(validator.ValidateLevel(new LevelStep { Level = level }));
    }

    [Theory]
    [InlineData("EH1", "SameDay")]
    [InlineData("EH1", "Courier")]
    [InlineData("EH4", "SameDay")]
    [InlineData("EH4", "Courier")]
    public void ValidateLevel_RushForEh1OrEh4_RefusedWithMessage(string level, string rush)
    {
        var error = Assert.Single(Validator().ValidateLevel(new LevelStep { Level = level, Rush = rush }));

        Assert.Equal("Rush", error.Field);
        Assert.Equal($"Spoed is niet mogelijk voor {level}. Spoed kan voor EH2 en EH2+, en op verzoek voor EH3.", error.Message);
    }

    [Theory]
    [InlineData("EH2", "SameDay")]
    [InlineData("EH2", "Courier")]
    [InlineData("EH2+", "SameDay")]
    [InlineData("EH2+", "Courier")]
    [InlineData("EH3", "SameDay")]
    [InlineData("EH3", "Courier")]
    public void ValidateLevel_RushForEh2ToEh3_Allowed(string level, string rush)
    {
        Assert.Empty(Validator().ValidateLevel(new LevelStep { Level = level, Rush = rush }));
    }

    [Theory]
    [InlineData("Spoed")]
    [InlineData("sameday")]
    [InlineData("7")]
    public void ValidateLevel_UnknownRushOption_AsksToChoose(string rush)
    {
        var error = Assert.Single(Validator().ValidateLevel(new LevelStep { Level = "EH2", Rush = rush }));

        Assert.Equal("Rush", error.Field);
        Assert.Equal("Kies of u spoed wilt.", error.Message);
    }

    [Fact]
    public void ValidateLevel_Eh1Upgrade_Refused()
    {
        var error = Assert.Single(Validator().ValidateLevel(new LevelStep { Level = "EH1", IsUpgrade = true }));

        Assert.Equal("IsUpgrade", error.Field);
        Assert.Equal("EH1 is het laagste niveau: een opwaardering naar EH1 kan niet.", error.Message);
    }

    [Theory]
    [InlineData("EH2")]
    [InlineData("EH2+")]
    [InlineData("EH3")]
    [InlineData("EH4")]
    public void ValidateLevel_UpgradeToHigherLevel_NoErrors(string level)
    {
        Assert.Empty(Validator().ValidateLevel(new LevelStep { Level = level, IsUpgrade = true }));
    }

    // Legal representatives

    [Fact]
    public void ValidateLegalRepresentatives_None_ErrorOnPersons()
    {
        var errors = Validator().ValidateLegalRepresentatives(new LegalRepresentativesStep { Persons = [] });

        var error = Assert.Single(errors);
        Assert.Equal("Persons", error.Field);
        Assert.Equal("Vul minstens één wettelijk vertegenwoordiger in.", error.Message);
    }

    [Fact]
    public void ValidateLegalRepresentatives_OneValidPerson_NoErrors()
    {
        Assert.Empty(Validator().ValidateLegalRepresentatives(new LegalRepresentativesStep { Persons = [Person()] }));
    }

    [Fact]
    public void ValidateLegalRepresentatives_JointlyWithOnePerson_ErrorOnJointlyAuthorised()
    {
        var step = new LegalRepresentativesStep { Persons = [Person()], JointlyAuthorised = true };

        var error = Assert.Single(Validator().ValidateLegalRepresentatives(step));

        Assert.Equal("JointlyAuthorised", error.Field);
        Assert.Equal("Bij gezamenlijke bevoegdheid vult u minstens twee wettelijk vertegenwoordigers in.", error.Message);
    }

    [Fact]
    public void ValidateLegalRepresentatives_JointlyWithTwoPersons_NoErrors()
    {
        var step = new LegalRepresentativesStep { Persons = [Person(), Person("piet@bedrijf.nl")], JointlyAuthorised = true };

        Assert.Empty(Validator().ValidateLegalRepresentatives(step));
    }

    [Fact]
    public void ValidateLegalRepresentatives_SecondPersonInvalid_ErrorsCarryPersonPath()
    {
        var second = Person("geen-adres");
        second.Initials = "12";
        second.Surname = "";
        second.Phone = "12";
        var step = new LegalRepresentativesStep { Persons = [Person(), second] };

        var errors = Validator().ValidateLegalRepresentatives(step);

        Assert.Equal(
            new[] { "Persons[1].Email", "Persons[1].Initials", "Persons[1].Phone", "Persons[1].Surname" },
            errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Contains(new FieldError("Persons[1].Email", "Vul een geldig e-mailadres in, bijvoorbeeld naam@bedrijf.nl."), errors);
    }

    [Fact]
    public void ValidateLegalRepresentatives_Minor_RefusedWithAge18()
    {
        var step = new LegalRepresentativesStep { Persons = [Person(dateOfBirth: "2009-01-01")] };

        var error = Assert.Single(Validator().ValidateLegalRepresentatives(step));

        Assert.Equal(new FieldError("Persons[0].DateOfBirth", "Deze persoon moet minstens 18 jaar oud zijn."), error);
    }

    [Fact]
    public void ValidateLegalRepresentatives_AgeMeasuredOnClockToday_BirthdayTomorrowRefused()
    {
        // The clock says 2026-11-23: born 2008-11-23 is 18 today, born 2008-11-24 is not.
        Assert.Empty(Validator().ValidateLegalRepresentatives(new LegalRepresentativesStep { Persons = [Person(dateOfBirth: "2008-11-23")] }));
        Assert.Single(Validator().ValidateLegalRepresentatives(new LegalRepresentativesStep { Persons = [Person(dateOfBirth: "2008-11-24")] }));
    }

    [Fact]
    public void ValidateAuthorizationManagers_None_ErrorOnPersons()
    {
        var error = Assert.Single(Validator().ValidateAuthorizationManagers(new AuthorizationManagersStep { Persons = [] }));

        Assert.Equal(new FieldError("Persons", "Vul minstens één machtigingenbeheerder in."), error);
    }

    // Users

    [Fact]
    public void ValidateUsers_ValidUserWithServiceAtChosenLevel_NoErrors()
    {
        var step = new UsersStep { Persons = [User("piet@bedrijf.nl", ProvinceId, BerichtenboxId)] };

        Assert.Empty(Validator().ValidateUsers(step, AssuranceLevel.EH2Plus, registeredOnBranch: false, Catalogue));
    }

    [Theory]
    [InlineData(AssuranceLevel.EH2, UwvId, "De dienst 'Werkgeversportaal' van UWV vraagt minimaal EH3; u vraagt EH2 aan. Kies een hoger niveau of een andere dienst.")]
    [InlineData(AssuranceLevel.EH2Plus, RvoId, "De dienst 'Mijn RVO' van RVO vraagt minimaal EH3; u vraagt EH2+ aan. Kies een hoger niveau of een andere dienst.")]
    [InlineData(AssuranceLevel.EH2, BerichtenboxId, "De dienst 'MijnOverheid Berichtenbox voor bedrijven' van Logius vraagt minimaal EH2+; u vraagt EH2 aan. Kies een hoger niveau of een andere dienst.")]
    [InlineData(AssuranceLevel.EH1, ProvinceId, "De dienst 'het ondertekenen van e-Formulieren' van Provincie Overijssel vraagt minimaal EH2; u vraagt EH1 aan. Kies een hoger niveau of een andere dienst.")]
    public void ValidateUsers_ServiceNeedsHigherLevel_RefusedNamingServiceAndBothLevels(AssuranceLevel level, int serviceId, string message)
    {
        var step = new UsersStep { Persons = [User("piet@bedrijf.nl", serviceId)] };

        var error = Assert.Single(Validator().ValidateUsers(step, level, registeredOnBranch: false, Catalogue));

        Assert.Equal(new FieldError("Persons[0].ServiceIds", message), error);
    }

    [Theory]
    [InlineData(AssuranceLevel.EH2, ProvinceId)]
    [InlineData(AssuranceLevel.EH2Plus, ProvinceId)]
    [InlineData(AssuranceLevel.EH2Plus, BerichtenboxId)]
    [InlineData(AssuranceLevel.EH3, BerichtenboxId)]
    [InlineData(AssuranceLevel.EH3, UwvId)]
    [InlineData(AssuranceLevel.EH4, RvoId)]
    public void ValidateUsers_ServiceAtOrBelowChosenLevel_Allowed(AssuranceLevel level, int serviceId)
    {
        var step = new UsersStep { Persons = [User("piet@bedrijf.nl", serviceId)] };

        Assert.Empty(Validator().ValidateUsers(step, level, registeredOnBranch: false, Catalogue));
    }

    [Fact]
    public void ValidateUsers_BranchBoundAndServiceRefusesIt_Refused()
    {
        var step = new UsersStep { Persons = [User("piet@bedrijf.nl", UwvId)] };

        var error = Assert.Single(Validator().ValidateUsers(step, AssuranceLevel.EH3, registeredOnBranch: true, Catalogue));

        Assert.Equal(new FieldError("Persons[0].ServiceIds",
            "UWV (Werkgeversportaal) accepteert geen middel op een vestigingsnummer. Vraag aan op het KvK-nummer zonder vestiging."), error);
    }

    [Fact]
    public void ValidateUsers_NotBranchBoundAndServiceRefusesBranches_Allowed()
    {
        var step = new UsersStep { Persons = [User("piet@bedrijf.nl", UwvId)] };

        Assert.Empty(Validator().ValidateUsers(step, AssuranceLevel.EH3, registeredOnBranch: false, Catalogue));
    }

    [Fact]
    public void ValidateUsers_BranchBoundAndServiceAcceptsBranches_Allowed()
    {
        var step = new UsersStep { Persons = [User("piet@bedrijf.nl", RvoId, ProvinceId)] };

        Assert.Empty(Validator().ValidateUsers(step, AssuranceLevel.EH3, registeredOnBranch: true, Catalogue));
    }

    [Theory]
    [InlineData("piet@bedrijf.nl", "piet@bedrijf.nl")]
    [InlineData("piet@bedrijf.nl", "PIET@Bedrijf.NL")]
    [InlineData("piet@bedrijf.nl", "  Piet@bedrijf.nl ")]
    [InlineData(" PIET@BEDRIJF.NL", "piet@bedrijf.nl  ")]
    public void ValidateUsers_SameEmailTwice_RefusedOnSecondPerson(string first, string second)
    {
        var step = new UsersStep { Persons = [User(first, ProvinceId), User(second, ProvinceId)] };

        var error = Assert.Single(Validator().ValidateUsers(step, AssuranceLevel.EH2, registeredOnBranch: false, Catalogue));

        Assert.Equal(new FieldError("Persons[1].Email",
            "Dit e-mailadres staat al bij een andere gebruiker. Iedere gebruiker heeft een eigen e-mailadres."), error);
    }

    [Fact]
    public void ValidateUsers_DifferentEmails_NoDuplicateError()
    {
        var step = new UsersStep { Persons = [User("piet@bedrijf.nl", ProvinceId), User("klaas@bedrijf.nl", ProvinceId)] };

        Assert.Empty(Validator().ValidateUsers(step, AssuranceLevel.EH2, registeredOnBranch: false, Catalogue));
    }

    [Fact]
    public void ValidateUsers_NoServiceChosen_IsAllowedBecauseTheBeheerderGrantsLater()
    {
        var step = new UsersStep { Persons = [User("piet@bedrijf.nl", ProvinceId), User("klaas@bedrijf.nl")] };

        Assert.Empty(Validator().ValidateUsers(step, AssuranceLevel.EH2, registeredOnBranch: false, Catalogue));
    }

    [Fact]
    public void ValidateUsers_UnknownService_Refused()
    {
        var step = new UsersStep { Persons = [User("piet@bedrijf.nl", 999)] };

        var error = Assert.Single(Validator().ValidateUsers(step, AssuranceLevel.EH4, registeredOnBranch: false, Catalogue));

        Assert.Equal(new FieldError("Persons[0].ServiceIds", "Een gekozen dienst bestaat niet meer. Kies opnieuw."), error);
    }

    [Fact]
    public void ValidateUsers_None_ErrorOnPersons()
    {
        var error = Assert.Single(Validator().ValidateUsers(new UsersStep { Persons = [] }, AssuranceLevel.EH2, false, Catalogue));

        Assert.Equal(new FieldError("Persons", "Vul minstens één gebruiker in."), error);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(10)]
    public void ValidateUsers_MoreThanMaxUsers_Refused(int max)
    {
        var users = Enumerable.Range(1, max + 1).Select(i => User($"gebruiker{i}@bedrijf.nl", ProvinceId)).ToList();
        var validator = Validator(new RegistrationOptions { MaxUsersPerApplication = max });

        var error = Assert.Single(validator.ValidateUsers(new UsersStep { Persons = users }, AssuranceLevel.EH2, false, Catalogue));

        Assert.Equal(new FieldError("Persons",
            $"Eén aanvraag heeft hoogstens {max} gebruikers. Dien voor de anderen een tweede aanvraag in."), error);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(10)]
    public void ValidateUsers_ExactlyMaxUsers_Allowed(int max)
    {
        var users = Enumerable.Range(1, max).Select(i => User($"gebruiker{i}@bedrijf.nl", ProvinceId)).ToList();
        var validator = Validator(new RegistrationOptions { MaxUsersPerApplication = max });

        Assert.Empty(validator.ValidateUsers(new UsersStep { Persons = users }, AssuranceLevel.EH2, false, Catalogue));
    }

    [Fact]
    public void ValidateUsers_LandlineInsteadOfMobile_RefusedOnPhone()
    {
        var user = User("piet@bedrijf.nl", ProvinceId);
        user.Phone = "020 123 4567";

        var error = Assert.Single(Validator().ValidateUsers(new UsersStep { Persons = [user] }, AssuranceLevel.EH2, false, Catalogue));

        Assert.Equal("Persons[0].Phone", error.Field);
    }

    [Theory]
    [InlineData("2010-11-23", true)]
    [InlineData("2010-11-24", false)]
    public void ValidateUsers_MinimumAge16_MeasuredOnClockToday(string dateOfBirth, bool accepted)
    {
        var user = User("piet@bedrijf.nl", ProvinceId);
        user.DateOfBirth = dateOfBirth;

        var errors = Validator().ValidateUsers(new UsersStep { Persons = [user] }, AssuranceLevel.EH2, false, Catalogue);

        if (accepted)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Equal(new FieldError("Persons[0].DateOfBirth", "Deze persoon moet minstens 16 jaar oud zijn."), Assert.Single(errors));
        }
    }
}
