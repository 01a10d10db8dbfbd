using Alliance.Wiki.Core.Search;

namespace Alliance.Wiki.Tests.Search;

/// <summary>What the parser makes of what readers type.</summary>
public sealed class SearchQuerySpecs
{
    [Theory]
    [InlineData("", SearchQueryParser.NothingToSearch)]
    [InlineData("*", SearchQueryParser.NothingToSearch)]
    [InlineData("AND OR NOT", SearchQueryParser.OnlyOperators)]
    [InlineData("AND OR", SearchQueryParser.OnlyOperators)]
    [InlineData("|| && NOT", SearchQueryParser.OnlyOperators)]
    [InlineData("- + \" \"", SearchQueryParser.NothingToSearch)]
    [InlineData("+++ ((( ))) –", SearchQueryParser.NothingToSearch)]
    [InlineData("\u0000\u0001\u001f", SearchQueryParser.NothingToSearch)]
    [InlineData("-war", SearchQueryParser.OnlyExclusions)]
    [InlineData("NOT war", SearchQueryParser.OnlyExclusions)]
    public void Input_with_nothing_to_look_for_gets_a_plain_message(string input, string message) =>
        Assert.Equal(message, SearchQuery.Parse(input).Problem);

    [Theory]
    [InlineData("war OR", "“OR” needs a word on each side, so it was ignored.")]
    [InlineData("OR war", "“OR” needs a word on each side, so it was ignored.")]
    [InlineData("war AND OR peace", "“AND” needs a word on each side, so it was ignored.¦“OR” needs a word on each side, so it was ignored.")]
    [InlineData("war || || peace", "“||” needs a word on each side, so it was ignored.")]
    [InlineData("war NOT", "“NOT” needs a word after it, so it was ignored.")]
    [InlineData("war NOT OR peace", "“NOT” needs a word after it, so it was ignored.¦“OR” needs a word on each side, so it was ignored.")]
    public void Operators_with_nothing_to_work_on_are_ignored_and_named(string input, string notes)
    {
        var query = SearchQuery.Parse(input);
        Assert.Null(query.Problem);
        Assert.Equal(notes.Split('¦'), query.Ignored.Select(n => n.ToString()));
    }

    [Theory]
    [InlineData("war OR peace")]
    [InlineData("war AND peace")]
    [InlineData("war NOT peace")]
    [InlineData("war AND NOT peace")]
    [InlineData("\"OR\" war")]
    public void Operators_with_their_words_leave_no_note(string input) =>
        Assert.Empty(SearchQuery.Parse(input).Ignored);

    [Fact]
    public void Category_filters_are_read_with_spaces_from_quotes_or_underscores()
    {
        var query = SearchQuery.Parse("treaty category:\"Military and security\" category:Treaties_and_agreements");
        Assert.Equal(["Military and security", "Treaties and agreements"], query.Categories);
        Assert.Single(query.Clauses);
        Assert.Null(query.Problem);
        Assert.Null(SearchQuery.Parse("category:history").Problem);
        Assert.Empty(SearchQuery.Parse("-category:History war").Categories);
    }

    [Fact]
    public void Hangul_terms_are_recognised_for_substring_matching()
    {
        var query = SearchQuery.Parse("주한미군 THAAD");
        Assert.True(query.Clauses[0].Alternatives[0].IsHangul);
        Assert.False(query.Clauses[1].Alternatives[0].IsHangul);
    }

    [Fact]
    public void Long_input_is_shortened_and_says_so()
    {
        var query = SearchQuery.Parse(string.Concat(Enumerable.Repeat("alliance treaty ", 700)));
        Assert.True(query.Shortened);
        Assert.Equal(SearchQuery.MaxTerms, query.Clauses.Count);
        Assert.False(SearchQuery.Parse("alliance treaty").Shortened);
    }

    [Fact]
    public void Control_characters_and_broken_surrogates_become_spaces()
    {
        var (text, _) = SearchQuery.Clean("war\u0000time\uD800x\uFFFD  y\u200B");
        Assert.Equal("war time x y", text);
        Assert.Equal(["war", "time", "x", "y"], SearchQuery.Parse("war\u0000time\uD800x\uFFFD  y").Clauses.Select(c => c.ToString()));
    }

    [Fact]
    public void A_query_prints_as_a_reader_would_type_it()
    {
        var query = SearchQuery.Parse("\"free trade\" treat* -war intitle:korea a OR b category:\"Military and security\"");
        Assert.Equal("\"free trade\" treat* intitle:korea a OR b -war category:\"Military and security\"", query.ToString());
        Assert.Equal(query.ToString(), SearchQuery.Parse(query.ToString()).ToString());
        Assert.Equal("war category:History", SearchQuery.Parse("war").WithCategory("History").ToString());
        Assert.Equal("war", SearchQuery.Parse("war category:History").WithoutCategory("history").ToString());
    }
}
