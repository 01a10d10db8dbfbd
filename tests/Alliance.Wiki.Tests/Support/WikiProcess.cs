using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Alliance.Wiki.Tests.Support;

/// <summary>The wiki as a separate process (`dotnet Alliance.Wiki.dll`), for tests that kill it outright.</summary>
public sealed class WikiProcess : IDisposable
{
    private static readonly string Assembly = Path.Combine(AppContext.BaseDirectory, "Alliance.Wiki.dll");
    private readonly Process _process;

    private WikiProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Starts the wiki on a free loopback port and waits until /healthz answers.</summary>
    public static async Task<WikiProcess> StartAsync(string databasePath, string contentPath)
    {
        var port = FreePort();
        var process = Start(databasePath, contentPath, "--urls", $"http://127.0.0.1:{port}");
        var wiki = new WikiProcess(process, new Uri($"http://127.0.0.1:{port}"));
        using var client = new HttpClient { BaseAddress = wiki.Address, Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 150; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The wiki exited with {process.ExitCode}: {await process.StandardError.ReadToEndAsync()}");
            }

            try
            {
                if ((await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return wiki;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }

            await Task.Delay(200);
        }

        wiki.Dispose();
        throw new TimeoutException("The wiki did not start within 30 s.");
    }

    /// <summary>Runs an operator verb to completion, with the given standard input; returns its standard output.</summary>
    public static async Task<string> RunVerbAsync(string databasePath, string contentPath, string input, params string[] arguments)
    {
        using var process = Start(databasePath, contentPath, arguments);
        await process.StandardInput.WriteLineAsync(input);
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{string.Join(' ', arguments)} exited with {process.ExitCode}: {await process.StandardError.ReadToEndAsync()}");
    }

    /// <summary>SIGKILL: no shutdown, no flush, as in a crash.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private static Process Start(string databasePath, string contentPath, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(Assembly);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["Wiki__DatabasePath"] = databasePath;
        info.Environment["Wiki__ContentPath"] = contentPath;
        info.Environment["Wiki__RateLimits__SavesPerMinute"] = "100000";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        return Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
