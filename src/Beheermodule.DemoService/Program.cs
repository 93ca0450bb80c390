using Beheermodule.DemoService.Infrastructure;

namespace Beheermodule.DemoService;

/// <summary>
/// The demo service's entry point. It lives in a namespace (no top-level statements) so that tests referencing both
/// this app and Beheermodule.Web see two different Program types.
/// </summary>
public sealed class Program
{
    private Program()
    {
    }

    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddDemoService();
        var app = builder.Build();
        app.UseDemoService();
        app.Run();
    }
}
