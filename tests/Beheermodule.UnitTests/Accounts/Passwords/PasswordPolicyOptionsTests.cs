using Beheermodule.Core.Accounts.Passwords;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Beheermodule.UnitTests.Accounts.Passwords;

public sealed class PasswordPolicyOptionsTests
{
    [Fact]
    public void Default_IsTheConnectisPreset()
    {
        using var services = Build([]);
        var policy = services.GetRequiredService<PasswordPolicy>();
        Assert.Equal(PasswordPolicyOptions.Connectis, policy.Preset);
        Assert.False(policy.RefusesRecentPasswords);
    }

    [Fact]
    public void Afsprakenstelsel_IsChosenByConfiguration()
    {
        using var services = Build(new() { ["Passwords:Preset"] = "afsprakenstelsel" });
        var policy = services.GetRequiredService<PasswordPolicy>();
        Assert.Equal(PasswordPolicyOptions.Afsprakenstelsel, policy.Preset);
        Assert.True(policy.RefusesRecentPasswords);
    }

    [Theory]
    [InlineData("Passwords:Preset", "nist", "Passwords:Preset must be connectis or afsprakenstelsel.")]
    [InlineData("Passwords:Preset", "", "Passwords:Preset must be connectis or afsprakenstelsel.")]
    [InlineData("Passwords:HistoryDepth", "0", "Passwords:HistoryDepth must be between 1 and 24.")]
    public void InvalidSetting_FailsWithAMessageNamingIt(string key, string value, string message)
    {
        using var services = Build(new() { [key] = value });
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<PasswordPolicyOptions>>().Value);
        Assert.Contains(error.Failures, failure => failure.Contains(message, StringComparison.Ordinal));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddPasswords().BuildServiceProvider();
    }
}
