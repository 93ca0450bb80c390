using Beheermodule.Core.Mail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Beheermodule.UnitTests.Mail;

public sealed class MailOptionsTests
{
    [Fact]
    public void Defaults_AreValid_AndWriteToThePickupDirectory()
    {
        using var services = Build([]);
        var options = services.GetRequiredService<IOptions<MailOptions>>().Value;
        Assert.Equal("noreply@beheermodule.example", options.FromAddress);
        Assert.Equal(587, options.Smtp.Port);
        Assert.Equal(5, options.PollSeconds);
        Assert.Equal(8, options.MaxAttempts);
        Assert.IsType<PickupDirectoryMailTransport>(services.GetRequiredService<IMailTransport>());
    }

    [Fact]
    public void SmtpHost_SelectsTheSmtpTransport()
    {
        using var services = Build(new() { ["Mail:Smtp:Host"] = "smtp.example.nl" });
        Assert.IsType<SmtpMailTransport>(services.GetRequiredService<IMailTransport>());
    }

    [Theory]
    [InlineData("Mail:FromAddress", "geen adres", "Mail:FromAddress must be an e-mail address.")]
    [InlineData("Mail:FromName", "", "Mail:FromName is required.")]
    [InlineData("Mail:PickupDirectory", "", "Mail:PickupDirectory is required.")]
    [InlineData("Mail:PollSeconds", "0", "Mail:PollSeconds must be between 1 and 3600.")]
    [InlineData("Mail:PollSeconds", "3601", "Mail:PollSeconds must be between 1 and 3600.")]
    [InlineData("Mail:MaxAttempts", "0", "Mail:MaxAttempts must be between 1 and 100.")]
    [InlineData("Mail:Smtp:Port", "0", "Mail:Smtp:Port must be between 1 and 65535.")]
    [InlineData("Mail:Smtp:Port", "65536", "Mail:Smtp:Port must be between 1 and 65535.")]
    [InlineData("Mail:Smtp:Security", "Tls", "Mail:Smtp:Security must be one of StartTls, SslOnConnect, None, Auto.")]
    public void InvalidSetting_FailsWithAMessageNamingIt(string key, string value, string message)
    {
        using var services = Build(new() { [key] = value });
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<MailOptions>>().Value);
        Assert.Contains(error.Failures, failure => failure.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void UserNameWithoutPassword_FailsNamingBothSettings()
    {
        using var services = Build(new() { ["Mail:Smtp:Host"] = "smtp.example.nl", ["Mail:Smtp:UserName"] = "beheermodule" });
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<MailOptions>>().Value);
        Assert.Equal(["Mail:Smtp:Password is required when Mail:Smtp:UserName is set."], error.Failures);
    }

    [Fact]
    public void UserNameWithoutHost_Fails()
    {
        using var services = Build(new() { ["Mail:Smtp:UserName"] = "beheermodule", ["Mail:Smtp:Password"] = "geheim" });
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<MailOptions>>().Value);
        Assert.Equal(["Mail:Smtp:Host is required when Mail:Smtp:UserName is set."], error.Failures);
    }

    [Fact]
    public void CompleteSmtpSettings_AreValid()
    {
        using var services = Build(new()
        {
            ["Mail:Smtp:Host"] = "smtp.example.nl",
            ["Mail:Smtp:Port"] = "465",
            ["Mail:Smtp:Security"] = "SslOnConnect",
            ["Mail:Smtp:UserName"] = "beheermodule",
            ["Mail:Smtp:Password"] = "geheim",
        });
        Assert.Equal(465, services.GetRequiredService<IOptions<MailOptions>>().Value.Smtp.Port);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddMail();
        return services.BuildServiceProvider();
    }
}
