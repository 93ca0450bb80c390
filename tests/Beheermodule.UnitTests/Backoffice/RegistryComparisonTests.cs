using Beheermodule.Core.Backoffice;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Beheermodule.Core.Registration.Kvk;

namespace Beheermodule.UnitTests.Backoffice;

/// <summary>The staff's comparison of an application with the embedded KvK register: the fields that differ, and each signer's authority.</summary>
public sealed class RegistryComparisonTests
{
    private static readonly RegistryComparison Comparison = new(new EmbeddedKvkRegistry());

    private static Application Application(string kvkNumber, string name, string street, string houseNumber, string postalCode, string city, string? branch = null,
        params (string Initials, string Surname, DateOnly Born)[] representatives) => new()
    {
        Level = AssuranceLevel.EH3, KvkNumber = kvkNumber, BranchNumber = branch, OrganisationName = name,
        Street = street, HouseNumber = houseNumber, PostalCode = postalCode, City = city,
        Persons = representatives.Select((r, i) => new ApplicationPerson { Id = i + 1, Role = PersonRole.LegalRepresentative, Position = i, Initials = r.Initials, Surname = r.Surname, DateOfBirth = r.Born }).ToList(),
    };

    [Fact]
    public async Task TheSameData_ShowsNoDifference_AndTheSoleDirectorCanSign()
    {
        var result = await Comparison.CompareAsync(Application("68750110", "Test BV Donald", "Hizzaarderlaan", "3 A", "8823 SJ", "Lollum", null, ("D.", "Duck", new DateOnly(1970, 5, 1))));

        Assert.Equal(KvkLookupOutcome.Found, result.Outcome);
        Assert.False(result.AnyDifference);
        Assert.True(result.FunctionariesKnown);
        Assert.Equal("Bestuurder, zelfstandig bevoegd", result.Signers[1].Describe());
        Assert.Null(result.SignatureProblem([1]));
    }

    [Fact]
    public async Task ADifferentNameAndAnUnknownBranch_AreMarked_SpacesAndCaseAside()
    {
        var result = await Comparison.CompareAsync(Application("69599084", "TEST  EMZ Dagobert", "Damrak", "1", "1012 LG", "Amsterdam", "000038509999"));

        Assert.False(result.Fields.Single(f => f.Label == "Naam").Differs);
        Assert.True(result.Fields.Single(f => f.Label == "Adres").Differs);
        Assert.Equal("hoort niet (meer) bij dit KvK-nummer", result.Fields.Single(f => f.Label == "Vestiging").InRegistry);
        Assert.True(result.AnyDifference);
    }

    [Fact]
    public async Task TwoJointDirectors_BindOnlyTogether_AndAStrangerIsNotFound()
    {
        var result = await Comparison.CompareAsync(Application("90003721", "Test BV Twee Handtekeningen", "Stationsplein", "10", "8232 VT", "Lelystad", null,
            ("D.", "Duck", new DateOnly(1970, 5, 1)), ("W.", "Woudloper", new DateOnly(1972, 3, 4)), ("G.", "Gans", new DateOnly(1966, 7, 8))));

        Assert.Equal("Bestuurder, gezamenlijk bevoegd met 1 andere functionaris", result.Signers[1].Describe());
        Assert.Equal("niet gevonden in het Handelsregister", result.Signers[3].Describe());
        Assert.NotNull(result.SignatureProblem([1]));
        Assert.NotNull(result.SignatureProblem([3]));
        Assert.Null(result.SignatureProblem([1, 2]));
    }

    [Fact]
    public async Task ARegisterWithoutFunctionaries_LeavesTheAuthorityToStaff()
    {
        var result = await Comparison.CompareAsync(Application("90112233", "Demo Overijssel Advies BV", "x", "1", "1234 AB", "Zwolle", null, ("D.", "Duck", new DateOnly(1970, 5, 1))));

        Assert.False(result.FunctionariesKnown);
        Assert.Null(result.SignatureProblem([1]));
    }

    [Fact]
    public async Task ARegisterThatDoesNotAnswer_GivesNoFields()
    {
        var result = await Comparison.CompareAsync(Application("90004973", "Wie", "x", "1", "1234 AB", "Zwolle"));

        Assert.Equal(KvkLookupOutcome.Unavailable, result.Outcome);
        Assert.Empty(result.Fields);
    }
}
