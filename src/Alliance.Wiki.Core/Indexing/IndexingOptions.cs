namespace Alliance.Wiki.Core.Indexing;

/// <summary>The "Wiki:Indexing" settings: how the search index follows the change log.</summary>
public sealed class IndexingOptions
{
    public const string Section = "Wiki:Indexing";

    /// <summary>How long a save waits for its change to be searchable before answering anyway.</summary>
    public double ReadYourWritesSeconds { get; set; } = 2;

    /// <summary>How long start-up waits for a rebuild before serving (searches show a notice until it is done).</summary>
    public double StartWaitSeconds { get; set; } = 10;

    /// <summary>How often the log is read for changes written by another process (a verb, another node).</summary>
    public double PollSeconds { get; set; } = 0.5;

    /// <summary>How long applied changes are made durable after (batched: a Lucene commit costs 10–45 ms), once the changes pause.</summary>
    public double CommitSeconds { get; set; } = 1;

    /// <summary>
    /// How long a burst of changes that never pauses for a poll interval may go without a durable commit. Nothing is lost
    /// meanwhile: after a crash the next start replays the change log from the last commit.
    /// </summary>
    public double CommitLatestSeconds { get; set; } = 10;

    /// <summary>Rows older than this are pruned (by age, never by whether this node applied them).</summary>
    public double RetentionDays { get; set; } = 30;
}
