using System.Reflection;
using Beheermodule.Core.Accounts.Certificates;
using Beheermodule.Core.Accounts.Passwords;
using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.ActivationLetters.Printing;
using Beheermodule.Core.Backoffice;
using Beheermodule.Core.Backoffice.Documents;
using Beheermodule.Core.Data;
using Beheermodule.Core.Hosting.KeyRing;
using Beheermodule.Core.Issuer;
using Beheermodule.Core.Mail;
using Beheermodule.Core.Mutations;
using Beheermodule.Core.Registration;
using Beheermodule.Core.Registration.Kvk;
using Beheermodule.Core.Templates;
using Beheermodule.Web.Accounts;
using Beheermodule.Web.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Beheermodule.IntegrationTests.Configuration;

/// <summary>appsettings.example.json documents every setting: a new option without an entry there fails here.</summary>
public sealed class ExampleSettingsTests
{
    /// <summary>Every options class: a type in the app's assemblies with a public constant named Section.</summary>
    public static TheoryData<string, Type> Sections()
    {
        var data = new TheoryData<string, Type>();
        var types = typeof(DatabaseOptions).Assembly.GetTypes().Concat(typeof(ProxyOptions).Assembly.GetTypes());
        foreach (var type in types.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (type.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field && field.GetRawConstantValue() is string section)
            {
                data.Add(section, type);
            }
        }
        return data;
    }

    [Fact]
    public void OptionsClasses_AreFound()
    {
        var sections = Sections().Select(row => (string)row[0]).ToList();
        Assert.Contains(DatabaseOptions.Section, sections);
        Assert.Contains(KeyRingOptions.Section, sections);
        Assert.Contains(ProxyOptions.Section, sections);
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void ExampleFile_HasEverySettingOfTheSection(string section, Type optionsType)
    {
        var example = new ConfigurationBuilder().AddJsonFile(ExampleFile(), optional: false).Build();

        foreach (var key in SettingKeys(section, optionsType))
        {
            Assert.True(example.GetSection(key).Exists() || HasNullValue(key), $"appsettings.example.json lacks '{key}'.");
        }
    }

    [Fact]
    public void ExampleFile_BindsAndPassesValidation()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(ExampleFile(), optional: false).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddDatabase().AddIssuer().AddMail().AddRegistration().AddBackofficeDocuments();
        services.AddOptions<MutationOptions>().BindConfiguration(MutationOptions.Section).ValidateDataAnnotations();
        services.AddPasswords();
        using var provider = services.BuildServiceProvider();

        Assert.Equal("Sqlite", provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider);
        Assert.Equal(49.50m, provider.GetRequiredService<IOptions<FeeOptions>>().Value.EH3);
        Assert.Equal(["Antwoordnummer 1234", "8200 VB Lelystad"], provider.GetRequiredService<IOptions<IssuerOptions>>().Value.PostalAddress);
        Assert.Null(provider.GetRequiredService<IOptions<MailOptions>>().Value.Smtp.Host);
        Assert.Equal(DocumentOptions.DefaultMaxBytes, provider.GetRequiredService<IOptions<DocumentOptions>>().Value.MaxBytes);
        Assert.Equal(10m, provider.GetRequiredService<IOptions<FeeOptions>>().Value.BranchConversion);
        Assert.Equal(TimeSpan.FromDays(14), provider.GetRequiredService<IOptions<MutationOptions>>().Value.KvkChangeLinkLifetime);
        Assert.Equal(PasswordPolicyOptions.Connectis, provider.GetRequiredService<PasswordPolicy>().Preset);
    }

    private static IEnumerable<string> SettingKeys(string prefix, Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.SetMethod!.IsPublic))
        {
            var key = $"{prefix}:{property.Name}";
            var propertyType = property.PropertyType;
            if (propertyType.IsClass && propertyType != typeof(string) && !propertyType.IsGenericType && propertyType.Namespace?.StartsWith("Beheermodule") == true)
            {
                foreach (var nested in SettingKeys(key, propertyType))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return key;
            }
        }
    }

    /// <summary>A setting documented as null ("Host": null) has no value, so Exists() is false; the raw text still names it.</summary>
    private static bool HasNullValue(string key)
    {
        var name = key.Split(':').Last();
        return File.ReadAllText(ExampleFile()).Contains($"\"{name}\": null", StringComparison.Ordinal);
    }

    private static string ExampleFile()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "appsettings.example.json")))
        {
            folder = folder.Parent;
        }
        return Path.Combine(folder?.FullName ?? throw new FileNotFoundException("appsettings.example.json not found above the test folder."), "appsettings.example.json");
    }
}
