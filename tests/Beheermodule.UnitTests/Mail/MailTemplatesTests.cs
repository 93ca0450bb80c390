using System.Net;
using System.Reflection;
using System.Text.Json.Serialization;
using Beheermodule.Core.Data;
using Beheermodule.Core.Mail;
using Beheermodule.Core.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Beheermodule.UnitTests.Mail;

public sealed class MailTemplatesTests
{
    private const string LayoutPrefix = "_";
    private static readonly string EmailFolder = Path.Combine(AppContext.BaseDirectory, "templates", "email");
    private readonly TemplateRenderer _renderer = new(Options.Create(new TemplateOptions()));

    public static TheoryData<string> TemplateNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in DiscoveredTemplateNames())
        {
            data.Add(name);
        }
        return data;
    }

    [Fact]
    public void EveryTemplate_HasASample_AndEverySample_HasBothTemplates()
    {
        var discovered = DiscoveredTemplateNames();
        Assert.NotEmpty(discovered);
        Assert.Empty(discovered.Except(MailSamples.ByTemplate.Keys));
        foreach (var name in MailSamples.ByTemplate.Keys)
        {
            Assert.True(File.Exists(Path.Combine(EmailFolder, name + ".html")), $"templates/email/{name}.html is missing.");
            Assert.True(File.Exists(Path.Combine(EmailFolder, name + ".txt")), $"templates/email/{name}.txt is missing.");
        }
    }

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void Template_RendersEveryValueOfItsModel(string name)
    {
        Assert.True(MailSamples.ByTemplate.TryGetValue(name, out var model), $"No sample model for templates/email/{name}.");
        var html = _renderer.Render($"email/{name}.html", model);
        var text = _renderer.Render($"email/{name}.txt", model);

        var values = TemplateValues(model).ToList();
        Assert.Contains(values, v => v.StartsWith("https://", StringComparison.Ordinal));
        foreach (var value in values)
        {
            Assert.Contains(value, text);
            Assert.Contains(WebUtility.HtmlEncode(value), html);
        }
        Assert.Contains("<html lang=\"nl\">", html);
        Assert.Matches("<title>[^<]{10,}</title>", html);
        Assert.Contains("Met vriendelijke groet,", html);
        Assert.Contains("Met vriendelijke groet,", text);
        Assert.DoesNotContain("{{", html + text);
        Assert.DoesNotContain("{%", html + text);
    }

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void HtmlTemplate_LoadsNothingFromOutside(string name)
    {
        var html = _renderer.Render($"email/{name}.html", MailSamples.ByTemplate[name]);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Values_AreHtmlEncodedInHtml_AndLeftAloneInText()
    {
        var model = MailSamples.StatusChanged with { OrganisationName = "Jansen & Zonen <BV>" };
        Assert.Contains("Jansen &amp; Zonen &lt;BV&gt;", _renderer.Render("email/ApplicationStatusChanged.html", model));
        Assert.Contains("Jansen & Zonen <BV>", _renderer.Render("email/ApplicationStatusChanged.txt", model));
    }

    [Fact]
    public void Submitted_WithoutContractOrRush_LeavesOutThePostalSteps()
    {
        var model = MailSamples.Submitted with { NeedsContract = false, IsRush = false };
        foreach (var rendered in new[] { _renderer.Render("email/ApplicationSubmitted.txt", model), _renderer.Render("email/ApplicationSubmitted.html", model) })
        {
            Assert.DoesNotContain(model.IssuerPostalAddress, rendered);
            Assert.DoesNotContain("spoedprocedure", rendered, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(model.Reference, rendered);
        }
    }

    [Fact]
    public void StatusChanged_WithoutGuidanceOrNote_LeavesOutTheirHeadings()
    {
        var model = MailSamples.StatusChanged with { WhatNowText = "", Note = "" };
        var text = _renderer.Render("email/ApplicationStatusChanged.txt", model);
        Assert.DoesNotContain("WAT MOET U NU DOEN?", text);
        Assert.DoesNotContain("TOELICHTING", text);
        Assert.Contains(model.StatusName, text);
    }

    [Fact]
    public void Subjects_SayWhatTheMailIsAbout()
    {
        foreach (var model in MailSamples.ByTemplate.Values)
        {
            // An application or mutation by its reference; the holder's code mail by the organisation; an account
            // mail is about eHerkenning itself.
            var key = model.GetType().GetProperty("Reference") ?? model.GetType().GetProperty("OrganisationName");
            Assert.Contains(key is null ? "eHerkenning" : (string)key.GetValue(model)!, model.Subject);
        }
    }

    [Fact]
    public async Task MisspeltPlaceholder_FailsTheEnqueue_AndQueuesNothing()
    {
        var folder = Directory.CreateTempSubdirectory("beheermodule-templates-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "email"));
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "email", "Misspelt.html"), "<p>{{ Refrence }}</p>");
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "email", "Misspelt.txt"), "{{ Reference }}");
            await using var connection = MailTestHost.OpenInMemoryDatabase();
            await using var host = MailTestHost.Create(connection, templatesPath: folder.FullName);
            await using var scope = host.Services.CreateAsyncScope();
            var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();
            var db = scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>();

            var error = Assert.Throws<UnknownTemplateValueException>(() =>
                outbox.Enqueue("jan@example.nl", null, new MisspeltMail { Reference = "EH-2026-000001" }));
            Assert.Contains("Refrence", error.Message);
            await db.SaveChangesAsync();
            Assert.Equal(0, await db.OutgoingMails.CountAsync());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static List<string> DiscoveredTemplateNames() =>
        Directory.EnumerateFiles(EmailFolder)
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Where(name => !name.StartsWith(LayoutPrefix, StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The sample's string values the templates must show (booleans only steer; empty strings show nothing).</summary>
    private static IEnumerable<string> TemplateValues(MailModel model) =>
        model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string) && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .Select(p => (string)p.GetValue(model)!)
            .Where(v => v.Length > 0);

    private sealed record MisspeltMail : MailModel
    {
        public override string TemplateName => "Misspelt";
        public override string Subject => $"Test {Reference}";
        public required string Reference { get; init; }
    }
}
