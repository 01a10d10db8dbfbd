using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Alliance.Wiki.Tests.Support;

/// <summary>
/// The wiki as a separate process (`dotnet Alliance.Wiki.dll`), for tests that kill it outright. The child binds port 0
/// itself and says which port it got, so no other process can take the port between a pick and the bind.
/// </summary>
public sealed class WikiProcess : IDisposable
{
    private const string Listening = "Now listening on: ";
    private static readonly string Assembly = Path.Combine(AppContext.BaseDirectory, "Alliance.Wiki.dll");
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _errors;

    private WikiProcess(Process process, ConcurrentQueue<string> errors, ConcurrentQueue<string> output, Uri address)
    {
        _process = process;
        _errors = errors;
        Output = output;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The lines the wiki wrote to standard output so far (the first admin's notice, the listening address).</summary>
    public IReadOnlyCollection<string> Output { get; }

    /// <summary>Starts the wiki on a loopback port of its choosing and waits until /healthz answers.</summary>
    public static Task<WikiProcess> StartAsync(string databasePath, string contentPath) => StartAsync(new WikiProcessSettings(databasePath, contentPath));

    /// <summary>Starts the wiki with these settings on a loopback port of its choosing and waits until /healthz answers 200 (ready).</summary>
    public static async Task<WikiProcess> StartAsync(WikiProcessSettings settings)
    {
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new ConcurrentQueue<string>();
        var output = new ConcurrentQueue<string>();
        var process = Start(settings, ["--urls", "http://127.0.0.1:0"], line =>
        {
            output.Enqueue(line);
            if (line.Contains(Listening, StringComparison.Ordinal))
            {
                address.TrySetResult(new Uri(line[(line.IndexOf(Listening, StringComparison.Ordinal) + Listening.Length)..].Trim()));
            }
        }, errors);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => address.TrySetException(new InvalidOperationException($"The wiki exited with {process.ExitCode}: {string.Join('\n', errors)}"));
        try
        {
            var wiki = new WikiProcess(process, errors, output, await address.Task.WaitAsync(StartDeadline));
            await wiki.WaitUntilHealthyAsync();
            return wiki;
        }
        catch
        {
            KillAndWait(process);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Runs an operator verb to completion, with the given standard input; returns its standard output, or throws when it fails.</summary>
    public static Task<string> RunVerbAsync(string databasePath, string contentPath, string input, params string[] arguments) =>
        RunVerbAsync(new WikiProcessSettings(databasePath, contentPath), input, arguments);

    /// <summary>Runs an operator verb with these settings to completion; returns its standard output, or throws when it fails.</summary>
    public static async Task<string> RunVerbAsync(WikiProcessSettings settings, string input, params string[] arguments)
    {
        var run = await RunAsync(settings, input, arguments);
        return run.ExitCode == 0 ? run.Output : throw new InvalidOperationException($"{string.Join(' ', arguments)} exited with {run.ExitCode}: {run.Errors}");
    }

    /// <summary>Runs the program with these arguments to completion, with the given standard input, its output redirected.</summary>
    public static Task<VerbRun> RunAsync(string databasePath, string contentPath, string input, params string[] arguments) =>
        RunAsync(new WikiProcessSettings(databasePath, contentPath), input, arguments);

    /// <summary>Runs the program with these settings and arguments to completion, with the given standard input.</summary>
    public static async Task<VerbRun> RunAsync(WikiProcessSettings settings, string input, params string[] arguments)
    {
        var output = new ConcurrentQueue<string>();
        var errors = new ConcurrentQueue<string>();
        using var process = Start(settings, arguments, output.Enqueue, errors);
        await process.StandardInput.WriteLineAsync(input);
        process.StandardInput.Close();
        try
        {
            await process.WaitForExitAsync().WaitAsync(StartDeadline);
        }
        catch (TimeoutException)
        {
            KillAndWait(process);
            throw new TimeoutException($"{string.Join(' ', arguments)} did not finish within {StartDeadline.TotalSeconds:F0} s.");
        }

        // WaitForExit (without a timeout) also waits for the redirected streams to be read to their end.
        process.WaitForExit();
        return new VerbRun(process.ExitCode, string.Join('\n', output), string.Join('\n', errors));
    }

    /// <summary>SIGKILL: no shutdown, no flush, as in a crash.</summary>
    public void Kill() => KillAndWait(_process);

    public void Dispose()
    {
        KillAndWait(_process);
        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartDeadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The wiki exited with {_process.ExitCode}: {string.Join('\n', _errors)}");
            }

            try
            {
                if ((await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Listening, not yet answering.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The wiki at {Address} was not healthy within {StartDeadline.TotalSeconds:F0} s.");
    }

    private static void KillAndWait(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
    }

    /// <summary>Starts the program; both output streams are read as they come (a full pipe would stall the child).</summary>
    private static Process Start(WikiProcessSettings settings, string[] arguments, Action<string> output, ConcurrentQueue<string> errors)
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

        info.Environment["Wiki__DatabasePath"] = settings.DatabasePath;
        info.Environment["Wiki__ContentPath"] = settings.ContentPath;
        info.Environment["Wiki__RateLimits__SavesPerMinute"] = "100000";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        // The one information line the tests read: the address Kestrel bound.
        info.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (name, value) in settings.Environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                output(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                errors.Enqueue(e.Data);
            }
        };
        if (!process.Start())
        {
            throw new InvalidOperationException("dotnet did not start.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
