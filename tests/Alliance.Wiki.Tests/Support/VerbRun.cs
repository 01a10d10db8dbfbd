namespace Alliance.Wiki.Tests.Support;

/// <summary>How a run of the program ended: its exit code and what it wrote to standard output and standard error.</summary>
public sealed record VerbRun(int ExitCode, string Output, string Errors);
