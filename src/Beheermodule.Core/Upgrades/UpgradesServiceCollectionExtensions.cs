using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.Core.Upgrades;

public static class UpgradesServiceCollectionExtensions
{
    /// <summary>Upgrades to a higher level that keep the identity a service sees (rule 13).</summary>
    public static IServiceCollection AddUpgrades(this IServiceCollection services) =>
        services.AddScoped<UpgradeMatching>().AddScoped<UpgradesAwaitingActivation>();
}
