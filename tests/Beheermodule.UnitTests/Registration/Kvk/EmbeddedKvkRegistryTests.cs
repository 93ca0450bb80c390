using Beheermodule.Core.Identifiers;
using Beheermodule.Core.Registration.Kvk;

namespace Beheermodule.UnitTests.Registration.Kvk;

public class EmbeddedKvkRegistryTests
{
    private readonly EmbeddedKvkRegistry _registry = new();

    private Task<KvkLookupResult> LookupAsync(string kvkNumber) => _registry.LookupAsync(KvkNumber.Parse(kvkNumber));

    [Theory]
    [InlineData("69599084", KvkLookupOutcome.Found)]
    [InlineData("68750110", KvkLookupOutcome.Found)]
    [InlineData("90006577", KvkLookupOutcome.Found)]
    [InlineData("90001354", KvkLookupOutcome.Found)]
    [InlineData("69599068", KvkLookupOutcome.Found)]
    [InlineData("69599076", KvkLookupOutcome.Found)]
    [InlineData("96354429", KvkLookupOutcome.Inactive)]
    [InlineData("90004973", KvkLookupOutcome.Unavailable)]
    [InlineData("90002903", KvkLookupOutcome.Unavailable)]
    [InlineData("12345678", KvkLookupOutcome.NotFound)]
    [InlineData("00000000", KvkLookupOutcome.NotFound)]
    public async Task Answers_each_test_company_with_its_outcome(string kvkNumber, KvkLookupOutcome expected)
    {
        var result = await LookupAsync(kvkNumber);

        Assert.Equal(expected, result.Outcome);
        if (expected is KvkLookupOutcome.Found or KvkLookupOutcome.Inactive)
        {
            Assert.NotNull(result.Company);
            Assert.Equal(kvkNumber, result.Company.KvkNumber.Value);
        }
        else
        {
            Assert.Null(result.Company);
        }
    }

    [Theory]
    [InlineData("69599084", "Test EMZ Dagobert", "Eenmanszaak")]
    [InlineData("68750110", "Test BV Donald", "Besloten Vennootschap")]
    [InlineData("90006577", null, "Besloten Vennootschap")]
    [InlineData("90001354", null, "Besloten Vennootschap")]
    [InlineData("69599068", null, "Stichting")]
    [InlineData("69599076", null, "Vennootschap onder firma")]
    public async Task Gives_name_legal_form_and_a_complete_address(string kvkNumber, string? expectedName, string expectedLegalForm)
    {
        var company = (await LookupAsync(kvkNumber)).Company!;

        if (expectedName is not null)
        {
            Assert.Equal(expectedName, company.Name);
        }
        Assert.False(string.IsNullOrWhiteSpace(company.Name));
        Assert.Equal(expectedLegalForm, company.LegalForm);
        Assert.Matches(@"^\S.* \S+, \d{4} [A-Z]{2} \S.*$", company.Address.OneLine);
        Assert.NotNull(company.MainBranch);
        Assert.Equal(company.Address, company.MainBranch.Address);
    }

    [Fact]
    public async Task Dagobert_has_a_main_branch_in_Amsterdam_and_a_second_branch_in_Maastricht()
    {
        var company = (await LookupAsync("69599084")).Company!;

        Assert.Equal(2, company.Branches.Count);
        Assert.Equal("000038509504", company.MainBranch?.BranchNumber.Value);
        Assert.Equal("Amsterdam", company.MainBranch?.Address.City);
        var maastricht = company.FindBranch(BranchNumber.Parse("000038509520"));
        Assert.NotNull(maastricht);
        Assert.False(maastricht.IsMainBranch);
        Assert.Equal("Maastricht", maastricht.Address.City);
        Assert.Null(company.Rsin);
        Assert.Null(company.FindBranch(BranchNumber.Parse("990000541921")));
    }

    [Fact]
    public async Task The_BV_with_rsin_992760562_has_branch_990000541921()
    {
        var company = (await LookupAsync("90001354")).Company!;

        Assert.Equal(Rsin.Parse("992760562"), company.Rsin);
        var branch = Assert.Single(company.Branches);
        Assert.Equal("990000541921", branch.BranchNumber.Value);
        Assert.True(branch.IsMainBranch);
    }

    [Fact]
    public async Task Donald_has_one_main_branch()
    {
        var company = (await LookupAsync("68750110")).Company!;

        var branch = Assert.Single(company.Branches);
        Assert.True(branch.IsMainBranch);
        Assert.Equal(12, branch.BranchNumber.Value.Length);
    }

    [Fact]
    public async Task The_company_with_1000_branches_has_1000_different_ones_with_one_main_branch()
    {
        var company = (await LookupAsync("90006577")).Company!;

        Assert.Equal(1000, company.Branches.Count);
        Assert.Equal(1000, company.Branches.Select(branch => branch.BranchNumber).Distinct().Count());
        Assert.Equal(1000, company.Branches.Select(branch => branch.Address.OneLine).Distinct().Count());
        Assert.Single(company.Branches, branch => branch.IsMainBranch);
        Assert.All(company.Branches, branch => Assert.Equal(12, branch.BranchNumber.Value.Length));
    }

    [Fact]
    public async Task The_1000_branches_are_numbered_consecutively_from_the_main_branch()
    {
        var branches = (await LookupAsync("90006577")).Company!.Branches;

        Assert.Equal("000060000001", branches[0].BranchNumber.Value);
        Assert.True(branches[0].IsMainBranch);
        Assert.Equal("000060001000", branches[999].BranchNumber.Value);
    }

    [Fact]
    public async Task The_inactive_company_still_shows_its_data()
    {
        var result = await LookupAsync("96354429");

        Assert.Equal(KvkLookupOutcome.Inactive, result.Outcome);
        Assert.False(string.IsNullOrWhiteSpace(result.Company?.Name));
    }

    [Fact]
    public async Task Every_legal_entity_and_partnership_has_an_rsin()
    {
        foreach (var kvkNumber in new[] { "68750110", "90006577", "90001354", "69599068", "69599076", "96354429" })
        {
            Assert.NotNull((await LookupAsync(kvkNumber)).Company!.Rsin);
        }
    }

    [Fact]
    public async Task Honours_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _registry.LookupAsync(KvkNumber.Parse("69599084"), cancelled.Token));
    }
}
