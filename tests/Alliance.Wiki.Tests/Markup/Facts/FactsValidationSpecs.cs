using Alliance.Wiki.Core.Markup;
using Alliance.Wiki.Core.Markup.Facts;

namespace Alliance.Wiki.Tests.Markup.Facts;

/// <summary>What an editor is told when an infobox or an event is wrong.</summary>
public sealed class FactsValidationSpecs
{
    [Theory]
    [InlineData("infobox:\n  kind: treety", "The infobox kind 'treety' is unknown; use one of: treaty, agreement")]
    [InlineData("infobox:\n  signed: 1953", "The infobox has no 'kind:'")]
    [InlineData("infobox:\n  kind: treaty\n  signed: 1953-13-01", "The infobox's 'signed' is '1953-13-01', which is not a date")]
    [InlineData("infobox:\n  kind: treaty\n  signed: 1 October 1953", "which is not a date: write a year (1953)")]
    [InlineData("infobox:\n  kind: treaty\n  capital: Seoul", "'capital' is not a field of a 'treaty' infobox")]
    [InlineData("infobox:\n  kind: other\n  capital: Seoul", "it has only 'rows:'")]
    [InlineData("infobox:\n  kind: person\n  offices:\n    - office: Mayor\n      from: soon", "The office 'Mayor' has 'soon'")]
    [InlineData("infobox:\n  kind: treaty\n  offices:\n    - office: Mayor", "Only a 'person' infobox has 'offices:'")]
    [InlineData("infobox:\n  kind: other\n  rows:\n    - value: x", "Each of the infobox's rows needs a 'label:'")]
    [InlineData("events:\n  - date: 1953-02-30\n    text: A day that never was.", "Event 1 of 'events:' has the date '1953-02-30'")]
    [InlineData("events:\n  - text: Undated.", "Event 1 of 'events:' has no date")]
    [InlineData("events:\n  - date: 1953\n    text: Fine.\n  - date: 1954", "Event 2 of 'events:' (1954) has no 'text:'")]
    public void Bad_facts_are_explained(string yaml, string message)
    {
        var metadata = ArticleDocument.Parse("---\n" + yaml + "\n---\nBody.").Metadata;
        Assert.Contains(message, FactsValidation.Problem(metadata), StringComparison.Ordinal);
    }

    [Fact]
    public void Good_facts_pass() =>
        Assert.Null(FactsValidation.Problem(ArticleDocument.Parse(FrontMatterFactsSpecs.Treaty).Metadata));

    [Fact]
    public void Every_shipped_article_passes()
    {
        foreach (var file in Directory.EnumerateFiles(Support.RepositoryPaths.Content, "*.md"))
        {
            var problem = FactsValidation.Problem(ArticleDocument.Parse(File.ReadAllText(file)).Metadata);
            Assert.True(problem is null, $"{Path.GetFileName(file)}: {problem}");
        }
    }
}
