using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace Beheermodule.Benchmarks.Queue;

/// <summary>
/// The built web app in a process of its own, on a free loopback port, so its CPU and memory are not mixed with
/// the load generator's. Disposing (or ending the benchmark with Ctrl+C) kills it.
/// </summary>
internal sealed class WebAppProcess : IAsyncDisposable
{
    private const int KeptOutputLines = 40;

    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private WebAppProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Starts the app in Development (for the demo staff account) with <paramref name="settings"/> as environment variables.</summary>
    public static async Task<WebAppProcess> StartAsync(IReadOnlyDictionary<string, string> settings, TimeSpan timeout)
    {
        var assembly = WebAppAssembly();
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { assembly, "--urls", address.ToString() },
            // The content root, where appsettings.json is read from, is the working directory.
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }
        var server = new WebAppProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."), address);
        server.CollectOutput();
        Console.CancelKeyPress += server.OnCancel;
        try
        {
            await server.WaitUntilHealthyAsync(timeout);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        Console.CancelKeyPress -= OnCancel;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    /// <summary>Built beside this project (see the project file); run the benchmark with the same configuration.</summary>
    private static string WebAppAssembly()
    {
        var path = typeof(WebAppProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "WebAppAssembly").Value!;
        return File.Exists(path)
            ? Path.GetFullPath(path)
            : throw new FileNotFoundException($"The web app is not built at {path}; build the benchmark project first.", path);
    }

    /// <summary>A port the OS calls free now; the app binds it a moment later, which is good enough on a test machine.</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void CollectOutput()
    {
        // Both streams must be drained, or the app blocks once a pipe buffer is full.
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.Enqueue(line);
            if (_output.Count > KeptOutputLines)
            {
                _output.Dequeue();
            }
        }
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The web app stopped at start-up (exit code {_process.ExitCode}):\n{RecentOutput()}");
            }
            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The web app did not answer /health within {timeout.TotalSeconds:0} s:\n{RecentOutput()}");
    }

    private string RecentOutput()
    {
        lock (_output)
        {
            return string.Join('\n', _output);
        }
    }

    private void OnCancel(object? sender, ConsoleCancelEventArgs e)
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
    }
}
