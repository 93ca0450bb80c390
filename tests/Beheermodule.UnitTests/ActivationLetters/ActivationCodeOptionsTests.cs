using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Templates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Beheermodule.UnitTests.ActivationLetters;

public sealed class ActivationCodeOptionsTests
{
    private static readonly string ValidKey = Convert.ToBase64String(new byte[32]);

    [Fact]
    public void A_missing_key_fails_naming_the_setting()
    {
        var failure = ValidationFailure([]);

        Assert.Contains(failure.Failures, message => message.Contains("ActivationCodes:HashKey is required", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_key_fails_naming_the_setting(string key)
    {
        var failure = ValidationFailure(new() { ["ActivationCodes:HashKey"] = key });

        Assert.Contains(failure.Failures, message => message.Contains("ActivationCodes:HashKey", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(16)]
    [InlineData(31)]
    public void A_short_key_fails_naming_the_setting_and_the_length(int bytes)
    {
        var failure = ValidationFailure(new() { ["ActivationCodes:HashKey"] = Convert.ToBase64String(new byte[bytes]) });

        Assert.Equal([$"ActivationCodes:HashKey must decode to at least 32 bytes; it has {bytes}."], failure.Failures);
    }

    [Fact]
    public void A_key_that_is_not_base64_fails_naming_the_setting()
    {
        var failure = ValidationFailure(new() { ["ActivationCodes:HashKey"] = "this is not base64 but long enough to pass a length check" });

        Assert.Equal(["ActivationCodes:HashKey must be base64 (openssl rand -base64 32)."], failure.Failures);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("366")]
    public void Validity_outside_1_to_365_days_fails_naming_the_setting(string days)
    {
        var failure = ValidationFailure(new() { ["ActivationCodes:HashKey"] = ValidKey, ["ActivationCodes:ValidityDays"] = days });

        Assert.Contains(failure.Failures, message => message.Contains("ActivationCodes:ValidityDays must be between 1 and 365.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_valid_key_passes_and_codes_last_30_days_by_default()
    {
        using var provider = BuildProvider(new() { ["ActivationCodes:HashKey"] = ValidKey });

        var options = provider.GetRequiredService<IOptions<ActivationCodeOptions>>().Value;

        Assert.Equal(30, options.ValidityDays);
        var printedAt = new DateTime(2026, 11, 23, 9, 15, 0, DateTimeKind.Utc);
        Assert.Equal(new DateTime(2026, 12, 23, 9, 15, 0, DateTimeKind.Utc), options.ExpiresAt(printedAt));
    }

    [Fact]
    public void The_feature_registers_one_generator_a_hasher_and_the_renderer()
    {
        using var provider = BuildProvider(new() { ["ActivationCodes:HashKey"] = ValidKey });

        Assert.IsType<ActivationCodeGenerator>(provider.GetRequiredService<IActivationCodeGenerator>());
        Assert.Same(provider.GetRequiredService<IActivationCodeGenerator>(), provider.GetRequiredService<IActivationCodeGenerator>());
        var hasher = provider.GetRequiredService<ActivationCodeHasher>();
        Assert.True(hasher.Matches("ABCD-EFGH-JKMN", hasher.Hash("ABCD-EFGH-JKMN")));
        Assert.NotNull(provider.GetRequiredService<ActivationLetterPdfRenderer>());
    }

    private static OptionsValidationException ValidationFailure(Dictionary<string, string?> settings)
    {
        using var provider = BuildProvider(settings);
        return Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ActivationCodeOptions>>().Value);
    }

    private static ServiceProvider BuildProvider(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddSingleton(Options.Create(new TemplateOptions()));
        services.AddSingleton<TemplateRenderer>();
        services.AddActivationLetters();
        return services.BuildServiceProvider();
    }
}
