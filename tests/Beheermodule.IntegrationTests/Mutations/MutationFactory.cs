using Beheermodule.Core.Identifiers;
using Beheermodule.Core.Registration.Kvk;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Beheermodule.IntegrationTests.Mutations;

/// <summary>
/// The application with mutation fees set apart from their defaults (so a test sees the configured fee recorded), and
/// a KvK register whose answer for a number a test can change, as the real register changes between two days.
/// </summary>
public sealed class MutationFactory : BeheermoduleFactory
{
    public const decimal NewActivationLetterFee = 7.50m;
    public const decimal BranchConversionFee = 12.50m;
    public const decimal EndMeansFee = 2.25m;
    public const decimal NewKvkNumberFee = 5.00m;

    public ChangingKvkRegistry Registry { get; } = new();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Fees:NewActivationLetter"] = "7.50",
        ["Fees:BranchConversion"] = "12.50",
        ["Fees:EndMeans"] = "2.25",
        ["Fees:NewKvkNumber"] = "5.00",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IKvkRegistry>();
            services.AddSingleton<IKvkRegistry>(Registry);
        });
    }
}

/// <summary>The embedded test register, except for the numbers a test gave another answer.</summary>
public sealed class ChangingKvkRegistry : IKvkRegistry
{
    private readonly EmbeddedKvkRegistry _embedded = new();
    private readonly Dictionary<string, KvkLookupResult> _answers = [];

    /// <summary>From now on, <paramref name="kvkNumber"/> has this many vestigingen (its real data otherwise).</summary>
    public async Task SetBranchCountAsync(string kvkNumber, int count)
    {
        var company = (await _embedded.LookupAsync(KvkNumber.Parse(kvkNumber))).Company!;
        var branches = Enumerable.Range(0, count)
            .Select(i => i < company.Branches.Count ? company.Branches[i] : new KvkBranch(BranchNumber.Parse($"{880000000000 + i:D12}"), $"Extra vestiging {i}", false, company.Address))
            .ToList();
        lock (_answers)
        {
            _answers[kvkNumber] = KvkLookupResult.Found(company with { Branches = branches });
        }
    }

    /// <summary>From now on, <paramref name="kvkNumber"/> has these functionaries (its real data otherwise).</summary>
    public async Task SetFunctionariesAsync(string kvkNumber, params KvkFunctionary[] functionaries)
    {
        var company = (await LookupAsync(KvkNumber.Parse(kvkNumber))).Company!;
        lock (_answers)
        {
            _answers[kvkNumber] = KvkLookupResult.Found(company with { Functionaries = functionaries });
        }
    }

    public Task<KvkLookupResult> LookupAsync(KvkNumber kvkNumber, CancellationToken cancellationToken = default)
    {
        lock (_answers)
        {
            if (_answers.TryGetValue(kvkNumber.ToString(), out var answer))
            {
                return Task.FromResult(answer);
            }
        }
        return _embedded.LookupAsync(kvkNumber, cancellationToken);
    }
}
