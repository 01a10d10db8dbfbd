using Spectre.Console;

namespace Alliance.Wiki.Cli;

/// <summary>
/// Progress of a long verb on standard error: Spectre.Console's live bar on a terminal; where the output is redirected
/// (a log, CI), a plain line every tenth of the way and at the end, so a log holds lines and no carriage returns.
/// </summary>
public static class VerbProgress
{
    public static async Task<T> RunAsync<T>(string label, Func<IProgress<(int Done, int Total)>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (Console.IsErrorRedirected)
        {
            return await work(new PlainLines(label, Console.Error));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress().AutoClear(false).StartAsync(async context =>
        {
            var task = context.AddTask(label);
            return await work(new BarProgress(task));
        });
    }

    private sealed class BarProgress(ProgressTask task) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value)
        {
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = value.Done;
        }
    }

    /// <summary>Writes "label: done/total" when the count passes each tenth of the total, and when it reaches it.</summary>
    public sealed class PlainLines(string label, TextWriter output) : IProgress<(int Done, int Total)>
    {
        private int _lastTenth = -1;

        public void Report((int Done, int Total) value)
        {
            var tenth = value.Total == 0 ? 10 : value.Done * 10 / value.Total;
            if (tenth != _lastTenth)
            {
                _lastTenth = tenth;
                output.WriteLine($"{label}: {value.Done}/{value.Total}");
            }
        }
    }
}
