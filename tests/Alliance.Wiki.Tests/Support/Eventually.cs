namespace Alliance.Wiki.Tests.Support;

/// <summary>Waiting for a condition with a deadline, so that a test that goes wrong fails instead of hanging.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(30);

    public static Task UntilAsync(Func<bool> condition, string what, TimeSpan? deadline = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return UntilAsync(() => Task.FromResult(condition()), what, deadline);
    }

    /// <summary>Waits for a condition that asks a server; answers how long it took.</summary>
    public static async Task<TimeSpan> UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? deadline = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var limit = deadline ?? DefaultDeadline;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"Waited {limit.TotalSeconds:F1} s for {what}.");
            }

            await Task.Delay(10);
        }

        return clock.Elapsed;
    }
}
