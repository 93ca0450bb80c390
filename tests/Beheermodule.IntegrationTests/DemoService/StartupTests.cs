using Beheermodule.DemoService.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Beheermodule.IntegrationTests.DemoService;

/// <summary>A wrong or missing setting stops the demo service at start-up with a message naming the setting.</summary>
public sealed class StartupTests
{
    /// <summary>
    /// The demo's own composition (<see cref="DemoServiceHostExtensions.AddDemoService"/>) with the given settings, and
    /// the start-up validation the host runs before it serves; Production has no development secret.
    /// </summary>
    private static string StartUpFailure(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddDemoService();
        using var app = builder.Build();
        var failure = Record.Exception(() => app.Services.GetRequiredService<IStartupValidator>().Validate());
        var validation = Flatten(failure ?? new InvalidOperationException("no failure")).OfType<OptionsValidationException>().FirstOrDefault();
        Assert.True(validation is not null, $"expected an options validation failure, got: {failure}");
        return validation.Message;
    }

    private static IEnumerable<Exception> Flatten(Exception exception) =>
        exception is AggregateException aggregate
            ? aggregate.InnerExceptions.SelectMany(Flatten).Prepend(exception)
            : exception.InnerException is { } inner ? Flatten(inner).Prepend(exception) : [exception];

    [Fact]
    public void AMissingClientSecret_StopsTheStart_NamingTheSetting() =>
        Assert.Contains("Beheermodule:ClientSecret", StartUpFailure(new() { ["Beheermodule:Authority"] = "http://localhost:5080" }));

    [Fact]
    public void AnAuthorityThatIsNoAddress_StopsTheStart_NamingTheSetting() =>
        Assert.Contains("Beheermodule:Authority", StartUpFailure(new() { ["Beheermodule:Authority"] = "localhost:5080", ["Beheermodule:ClientSecret"] = "geheim" }));

    [Fact]
    public void TheExampleFile_DocumentsEverySetting_AndPassesValidation()
    {
        var file = Path.Combine(RepositoryRoot(), "src", "Beheermodule.DemoService", "appsettings.example.json");
        var example = new ConfigurationBuilder().AddJsonFile(file, optional: false).Build();
        var text = File.ReadAllText(file);

        foreach (var property in typeof(DemoServiceOptions).GetProperties().Where(p => p.SetMethod?.IsPublic == true))
        {
            var key = $"{DemoServiceOptions.Section}:{property.Name}";
            Assert.True(example.GetSection(key).Exists(), $"appsettings.example.json of the demo service lacks '{key}'.");
            // Each setting has a comment line right above it.
            var line = text.Split('\n').Select(l => l.Trim()).ToList();
            var index = line.FindIndex(l => l.StartsWith($"\"{property.Name}\":", StringComparison.Ordinal));
            Assert.StartsWith("//", line[index - 1]);
        }

        var services = new ServiceCollection().AddSingleton<IConfiguration>(example);
        services.AddOptions<DemoServiceOptions>().BindConfiguration(DemoServiceOptions.Section).ValidateDataAnnotations();
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<DemoServiceOptions>>().Value;
        Assert.Equal(new DemoServiceOptions().Authority, options.Authority);
        Assert.Equal(new DemoServiceOptions().ClientId, options.ClientId);
        Assert.Equal(new DemoServiceOptions().ServiceName, options.ServiceName);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Beheermodule.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new DirectoryNotFoundException("Beheermodule.sln not found above the test folder.");
    }
}
