using Alliance.Wiki.Cli;
using Alliance.Wiki.Tests.Support;

namespace Alliance.Wiki.Tests.Cli;

/// <summary>The operator verbs as an operator runs them: a separate process, its output redirected as in a script.</summary>
public sealed class OperatorVerbTests : IDisposable
{
    private readonly TempContent _content = new();

    public OperatorVerbTests()
    {
        _content.Write("alpha.md", "Alpha", "Alpha text.");
        _content.Write("beta.md", "Beta", "Beta text links to [[Alpha]].");
    }

    private string Database => Path.Combine(_content.Folder, "verbs.db");

    [Fact]
    public async Task A_misspelt_option_is_an_error_and_makes_no_account()
    {
        var run = await RunAsync("password-for-bob", "create-user", "bob", "--rol", "admin");

        Assert.Equal(OperatorVerbs.UsageError, run.ExitCode);
        Assert.Contains("--rol", run.Errors, StringComparison.Ordinal);
        Assert.Contains("help create-user", run.Errors, StringComparison.Ordinal);
        var token = await RunAsync(string.Empty, "create-token", "bob");
        Assert.Equal(1, token.ExitCode);
        Assert.Contains("There is no account 'bob'", token.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("create-user")]
    [InlineData("create-user", "bob", "--role")]
    [InlineData("create-user", "bob", "--role", "owner")]
    [InlineData("create-token")]
    [InlineData("backup")]
    [InlineData("import", "one", "two")]
    [InlineData("frobnicate")]
    public async Task A_missing_wrong_or_extra_value_is_an_error_with_exit_code_2(params string[] arguments)
    {
        var run = await RunAsync("password-for-bob", arguments);

        Assert.Equal(OperatorVerbs.UsageError, run.ExitCode);
        Assert.Contains("See 'help", run.Errors, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Theory]
    [InlineData("help", "create-user")]
    [InlineData("create-user", "--help")]
    public async Task Help_describes_a_verb_and_its_options(params string[] arguments)
    {
        var run = await RunAsync(string.Empty, arguments);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("create-user <NAME> [options]", run.Output, StringComparison.Ordinal);
        Assert.Contains("--role <editor|admin>", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_every_verb()
    {
        var run = await RunAsync(string.Empty, "help");

        Assert.Equal(0, run.ExitCode);
        foreach (var verb in new[] { "backup", "copy-database", "create-token", "create-user", "export", "import", "reindex" })
        {
            Assert.Contains("  " + verb + " ", run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_redirected_import_reports_progress_in_plain_lines()
    {
        var run = await RunAsync(string.Empty, "import", _content.Folder);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain('\r', run.Errors);
        Assert.Contains("import: 2/2", run.Errors.Split('\n'));
        Assert.Contains("2 created", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_progress_writes_a_line_at_each_tenth_and_at_the_end()
    {
        using var output = new StringWriter();
        var progress = new VerbProgress.PlainLines("import", output);

        for (var done = 0; done <= 1000; done++)
        {
            progress.Report((done, 1000));
        }

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(11, lines.Length);
        Assert.Equal("import: 0/1000", lines[0]);
        Assert.Equal("import: 500/1000", lines[5]);
        Assert.Equal("import: 1000/1000", lines[^1]);
    }

    public void Dispose() => _content.Dispose();

    private Task<VerbRun> RunAsync(string input, params string[] arguments) => WikiProcess.RunAsync(Database, _content.Folder, input, arguments);
}
