using Beheermodule.Core.Identifiers;
using Beheermodule.Core.Mutations;
using Beheermodule.Core.Registration.Kvk;

namespace Beheermodule.UnitTests.Mutations;

/// <summary>Rule 12: only exactly one vestiging in the KvK register allows the conversion to the KvK number.</summary>
public class BranchConversionRuleTests
{
    private static readonly KvkAddress Address = new("Stationsplein", "45", "3013 AK", "Rotterdam");

    private static KvkLookupResult CompanyWith(int branches) => KvkLookupResult.Found(new KvkCompany(
        KvkNumber.Parse("90001354"), "Test BV Katrien", "Besloten Vennootschap", null, Address,
        Enumerable.Range(1, branches).Select(i => new KvkBranch(BranchNumber.Parse($"{990000541920 + i:D12}"), $"Vestiging {i}", i == 1, Address)).ToList()));

    [Fact]
    public void OneVestiging_IsAllowed()
    {
        var check = BranchConversionRule.Check("90001354", CompanyWith(1));

        Assert.True(check.Allowed);
        Assert.Null(check.Message);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(1000)]
    public void SeveralVestigingen_AreRefused_WithTheCountAndTheWayForward(int branches)
    {
        var check = BranchConversionRule.Check("90001354", CompanyWith(branches));

        Assert.Equal(BranchConversionVerdict.Refused, check.Verdict);
        Assert.Equal(branches, check.BranchCount);
        Assert.Contains($"staan {branches} vestigingen ingeschreven", check.Message);
        Assert.Contains(BranchConversionRule.NewApplicationAdvice, check.Message);
    }

    [Fact]
    public void NoVestiging_IsRefused()
    {
        Assert.Equal(BranchConversionVerdict.Refused, BranchConversionRule.Check("90001354", CompanyWith(0)).Verdict);
    }

    [Fact]
    public void UnknownOrInactiveCompany_IsRefused()
    {
        Assert.Equal(BranchConversionVerdict.Refused, BranchConversionRule.Check("12345678", KvkLookupResult.NotFound()).Verdict);
        Assert.Equal(BranchConversionVerdict.Refused, BranchConversionRule.Check("96354429", KvkLookupResult.Inactive(null)).Verdict);
    }

    [Fact]
    public void RegistryNotAnswering_DecidesNothing()
    {
        var check = BranchConversionRule.Check("90004973", KvkLookupResult.Unavailable());

        Assert.Equal(BranchConversionVerdict.Unknown, check.Verdict);
        Assert.False(check.Allowed);
    }
}
