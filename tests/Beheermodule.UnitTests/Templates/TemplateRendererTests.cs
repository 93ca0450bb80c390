using Beheermodule.Core.Templates;
using Microsoft.Extensions.Options;

namespace Beheermodule.UnitTests.Templates;

public sealed class TemplateRendererTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "beheermodule-templates-" + Guid.NewGuid().ToString("N"));

    public TemplateRendererTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "email"));
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
    }

    private TemplateRenderer Renderer() => new(Options.Create(new TemplateOptions { Path = _folder }));

    private string Write(string relativePath, string content)
    {
        File.WriteAllText(Path.Combine(_folder, relativePath), content);
        return relativePath;
    }

    private sealed record Organisation(string Name, string KvkNumber);

    private sealed record Person(string Name);

    private sealed record Model(string Name, int Count, bool IsRush, Organisation Organisation, List<Person> Users);

    private static Model Sample(string name = "Jan") =>
        new(name, 3, true, new Organisation("Test BV Donald", "68750110"), [new Person("Piet"), new Person("Klaas")]);

    [Theory]
    [InlineData("email/Test.txt")]
    [InlineData("email/Test.html")]
    public void Render_Values_AreFilledIn(string template)
    {
        Write(template, "Beste {{ Name }}, u vraagt {{ Count }} middelen aan.{% if IsRush %} Met spoed.{% endif %}");

        var text = Renderer().Render(template, Sample());

        Assert.Equal("Beste Jan, u vraagt 3 middelen aan. Met spoed.", text);
    }

    [Fact]
    public void Render_AnonymousModel_ValuesFilledIn()
    {
        Write("email/Anon.txt", "{{ Reference }} / {{ Level }}");

        Assert.Equal("EH-2026-000001 / EH2+", Renderer().Render("email/Anon.txt", new { Reference = "EH-2026-000001", Level = "EH2+" }));
    }

    [Fact]
    public void Render_NestedObjectsAndLists_Render()
    {
        Write("email/Nested.txt", "{{ Organisation.Name }} ({{ Organisation.KvkNumber }}):{% for user in Users %} [{{ user.Name }}]{% endfor %} {{ Users.size }}");

        var text = Renderer().Render("email/Nested.txt", Sample());

        Assert.Equal("Test BV Donald (68750110): [Piet] [Klaas] 2", text);
    }

    [Fact]
    public void Render_HtmlTemplate_EncodesValues()
    {
        Write("email/Encoded.html", "<p>{{ Name }}</p><ul>{% for user in Users %}<li>{{ user.Name }}</li>{% endfor %}</ul><p>{{ Organisation.Name }}</p>");
        var model = new Model("<b>Jan</b> & Co", 1, false, new Organisation("\"Q\" <i>BV</i>", "68750110"), [new Person("<script>x</script>")]);

        var html = Renderer().Render("email/Encoded.html", model);

        Assert.Equal(
            "<p>&lt;b&gt;Jan&lt;/b&gt; &amp; Co</p><ul><li>&lt;script&gt;x&lt;/script&gt;</li></ul><p>&quot;Q&quot; &lt;i&gt;BV&lt;/i&gt;</p>",
            html);
    }

    [Fact]
    public void Render_TextTemplate_DoesNotEncodeValues()
    {
        Write("email/Plain.txt", "{{ Name }} {% for user in Users %}{{ user.Name }}{% endfor %}");
        var model = new Model("<b>Jan</b> & Co", 1, false, new Organisation("x", "1"), [new Person("<i>Piet</i>")]);

        Assert.Equal("<b>Jan</b> & Co <i>Piet</i>", Renderer().Render("email/Plain.txt", model));
    }

    [Theory]
    [InlineData("email/Typo.txt", "{{ Nmae }}", "Nmae")]
    [InlineData("email/Typo.html", "<p>{{ Adres }}</p>", "Adres")]
    [InlineData("email/NestedTypo.txt", "{{ Organisation.Naam }}", "Naam")]
    [InlineData("email/LoopTypo.txt", "{% for user in Users %}{{ user.Email }}{% endfor %}", "Email")]
    public void Render_UnknownPlaceholder_ThrowsNamingTemplateAndName(string template, string content, string name)
    {
        Write(template, content);

        var exception = Assert.Throws<UnknownTemplateValueException>(() => Renderer().Render(template, Sample()));

        Assert.Equal($"Template '{template}' uses '{name}', which its model does not have.", exception.Message);
    }

    [Fact]
    public void Render_MissingTemplate_ThrowsNamingTheSetting()
    {
        var exception = Assert.Throws<TemplateException>(() => Renderer().Render("email/DoesNotExist.txt", Sample()));

        Assert.IsNotType<UnknownTemplateValueException>(exception);
        Assert.Contains("email/DoesNotExist.txt", exception.Message);
        Assert.Contains("Templates:Path", exception.Message);
        Assert.Contains(_folder, exception.Message);
    }

    [Fact]
    public void Render_MissingFolder_ThrowsNamingTheSetting()
    {
        var renderer = new TemplateRenderer(Options.Create(new TemplateOptions { Path = Path.Combine(_folder, "nowhere") }));

        var exception = Assert.Throws<TemplateException>(() => renderer.Render("email/Test.txt", Sample()));

        Assert.Contains("Templates:Path", exception.Message);
    }

    [Fact]
    public void Render_SameTemplateTwice_UsesEachModel()
    {
        Write("email/Twice.txt", "{{ Name }}");
        var renderer = Renderer();

        Assert.Equal("Jan", renderer.Render("email/Twice.txt", Sample("Jan")));
        Assert.Equal("Piet", renderer.Render("email/Twice.txt", Sample("Piet")));
    }

    [Fact]
    public void TemplateOptions_RelativePath_ResolvedFromBaseDirectory()
    {
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "templates"), new TemplateOptions { Path = "templates" }.ResolvedPath);
        Assert.Equal(_folder, new TemplateOptions { Path = _folder }.ResolvedPath);
    }
}
