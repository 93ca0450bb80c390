using Beheermodule.Core.Backoffice.Documents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Beheermodule.UnitTests.Backoffice.Documents;

public sealed class DocumentOptionsTests
{
    [Fact]
    public void Defaults_AreValid_TenMegabytesUnderTheCurrentDirectory()
    {
        using var services = Build([]);
        var options = services.GetRequiredService<IOptions<DocumentOptions>>().Value;

        Assert.Equal(10 * 1024 * 1024, options.MaxBytes);
        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "data", "documents"), options.DirectoryPath());
        Assert.NotNull(services.GetRequiredService<DocumentStore>());
    }

    [Fact]
    public void Settings_AreBoundFromTheDocumentsSection()
    {
        var folder = Path.Combine(Path.GetTempPath(), "beheermodule-documents-settings");
        using var services = Build(new() { ["Documents:Directory"] = folder, ["Documents:MaxBytes"] = "2048" });
        var options = services.GetRequiredService<IOptions<DocumentOptions>>().Value;

        Assert.Equal(2048, options.MaxBytes);
        Assert.Equal(Path.GetFullPath(folder), options.DirectoryPath());
    }

    [Theory]
    [InlineData("Documents:Directory", "", "Documents:Directory is required.")]
    [InlineData("Documents:MaxBytes", "0", "Documents:MaxBytes must be between 1 and 104857600 (100 MB).")]
    [InlineData("Documents:MaxBytes", "104857601", "Documents:MaxBytes must be between 1 and 104857600 (100 MB).")]
    public void InvalidSetting_FailsWithAMessageNamingIt(string key, string value, string message)
    {
        using var services = Build(new() { [key] = value });
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DocumentOptions>>().Value);
        Assert.Contains(error.Failures, failure => failure.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DocumentRejection.Empty, 10 * 1024 * 1024, "Het bestand is leeg.")]
    [InlineData(DocumentRejection.UnsupportedFormat, 10 * 1024 * 1024, "Alleen PDF, JPEG of PNG is toegestaan.")]
    [InlineData(DocumentRejection.TooLarge, 10 * 1024 * 1024, "Het bestand is groter dan 10 MB.")]
    [InlineData(DocumentRejection.TooLarge, 512 * 1024, "Het bestand is groter dan 512 kB.")]
    [InlineData(DocumentRejection.TooLarge, 1000, "Het bestand is groter dan 1000 bytes.")]
    public void Rejection_HasItsDutchMessage(DocumentRejection rejection, int maxBytes, string message) =>
        Assert.Equal(message, DocumentMessages.For(rejection, maxBytes));

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddBackofficeDocuments();
        return services.BuildServiceProvider();
    }
}
