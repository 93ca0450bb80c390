using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Beheermodule.BrowserTests.Infrastructure;

/// <summary>
/// Playwright and one headless Chromium for the whole collection. The browser is Debian's (apt-get install chromium):
/// `playwright install` needs downloads this build machine does not have. Each test gets its own context, so no
/// cookie or draft leaks from one journey into the next.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumVariable = "CHROMIUM_PATH";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where screenshots of failed journeys and downloads go: beside the test assembly.</summary>
    public static string ArtifactsFolder { get; } = Path.Combine(AppContext.BaseDirectory, "browser-artifacts");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        var chromium = FindChromium();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
    }

    /// <summary>A fresh browser context and page on <paramref name="baseUrl"/>, downloads accepted.</summary>
    public async Task<BrowserSession> NewSessionAsync(string baseUrl, string testName, ITestOutputHelper? output = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            AcceptDownloads = true,
            Locale = "nl-NL",
            TimezoneId = "Europe/Amsterdam",
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, testName, output);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
    }

    private static string FindChromium()
    {
        var configured = Environment.GetEnvironmentVariable(ChromiumVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"{ChromiumVariable} is {configured}, which does not exist.");
        }
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => new[] { "chromium", "chromium-browser" }.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
        return onPath ?? throw new InvalidOperationException(
            $"No Chromium found: run ./test.sh (it installs Debian's chromium), or apt-get install chromium, or set {ChromiumVariable}.");
    }
}

/// <summary>One journey's browser context and page; a failed journey leaves a screenshot behind.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page, string testName, ITestOutputHelper? output) : IAsyncDisposable
{
    public IPage Page => page;

    public string DownloadFolder { get; } = Path.Combine(BrowserFixture.ArtifactsFolder, testName, "downloads");

    /// <summary>Runs the journey; when it fails, saves a screenshot of where it stood and reports its path.</summary>
    public async Task RunAsync(Func<IPage, Task> journey)
    {
        try
        {
            await journey(page);
        }
        catch
        {
            await ScreenshotAsync("failure");
            throw;
        }
    }

    public async Task ScreenshotAsync(string name)
    {
        var path = Path.Combine(BrowserFixture.ArtifactsFolder, testName, $"{name}.png");
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            output?.WriteLine($"Screenshot of {page.Url}: {path}");
        }
        catch (PlaywrightException e)
        {
            output?.WriteLine($"No screenshot: {e.Message}");
        }
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<BrowserAppFactory>
{
    public const string Name = "Browser";
}
