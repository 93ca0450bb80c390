using Beheermodule.Core.Registration.Kvk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Beheermodule.UnitTests.Registration.Kvk;

public class KvkOptionsTests
{
    private static ServiceProvider BuildProvider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddKvkRegistry();
        return services.BuildServiceProvider();
    }

    private static OptionsValidationException ValidationFailure(Dictionary<string, string?> settings)
    {
        using var provider = BuildProvider(settings);
        return Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<KvkOptions>>().Value);
    }

    [Fact]
    public void Api_without_an_api_key_fails_naming_the_setting()
    {
        var failure = ValidationFailure(new() { ["Kvk:Registry"] = "Api" });

        Assert.Contains("Kvk:ApiKey is required when Kvk:Registry is Api.", failure.Failures);
    }

    [Fact]
    public void Api_with_a_blank_api_key_fails_too()
    {
        var failure = ValidationFailure(new() { ["Kvk:Registry"] = "Api", ["Kvk:ApiKey"] = "  " });

        Assert.Contains("Kvk:ApiKey is required when Kvk:Registry is Api.", failure.Failures);
    }

    [Fact]
    public void An_unknown_registry_fails_naming_the_setting()
    {
        var failure = ValidationFailure(new() { ["Kvk:Registry"] = "Handelsregister" });

        Assert.Contains(failure.Failures, message => message.StartsWith("Kvk:Registry must be Embedded or Api", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("121")]
    public void A_timeout_outside_1_to_120_seconds_fails_naming_the_setting(string seconds)
    {
        var failure = ValidationFailure(new() { ["Kvk:TimeoutSeconds"] = seconds });

        Assert.Contains(failure.Failures, message => message.Contains("Kvk:TimeoutSeconds must be between 1 and 120.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_base_url_that_is_no_url_fails_naming_the_setting()
    {
        var failure = ValidationFailure(new() { ["Kvk:BaseUrl"] = "api.kvk.nl" });

        Assert.Contains(failure.Failures, message => message.Contains("Kvk:BaseUrl", StringComparison.Ordinal));
    }

    [Fact]
    public void The_defaults_are_valid_and_use_the_embedded_registry()
    {
        using var provider = BuildProvider([]);

        var options = provider.GetRequiredService<IOptions<KvkOptions>>().Value;

        Assert.Equal("Embedded", options.Registry);
        Assert.Equal("https://api.kvk.nl/api", options.BaseUrl);
        Assert.Equal(10, options.TimeoutSeconds);
        Assert.IsType<EmbeddedKvkRegistry>(provider.GetRequiredService<IKvkRegistry>());
    }

    [Theory]
    [InlineData("Api")]
    [InlineData("api")]
    public void Api_with_a_key_resolves_the_api_registry(string registry)
    {
        using var provider = BuildProvider(new() { ["Kvk:Registry"] = registry, ["Kvk:ApiKey"] = "test-api-key" });

        Assert.IsType<KvkApiRegistry>(provider.GetRequiredService<IKvkRegistry>());
    }

    [Fact]
    public void The_validator_accepts_api_with_a_key()
    {
        var result = new KvkOptionsValidator().Validate(null, new KvkOptions { Registry = "Api", ApiKey = "test-api-key" });

        Assert.True(result.Succeeded);
    }
}
