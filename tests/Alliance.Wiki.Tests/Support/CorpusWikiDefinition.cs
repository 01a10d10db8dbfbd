namespace Alliance.Wiki.Tests.Support;

/// <summary>The test classes that share one <see cref="CorpusWiki"/>: <c>[Collection(CorpusWikiDefinition.Name)]</c>.</summary>
[CollectionDefinition(Name)]
public sealed class CorpusWikiDefinition : ICollectionFixture<CorpusWiki>
{
    public const string Name = "Corpus wiki";
}
