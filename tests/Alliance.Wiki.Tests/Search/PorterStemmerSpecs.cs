using System.Text.RegularExpressions;
using Alliance.Wiki.Core.Search;
using Alliance.Wiki.Corpus;
using Alliance.Wiki.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Alliance.Wiki.Tests.Search;

/// <summary>The C# stemmer must agree with FTS5's porter tokenizer, or highlights would miss words the index matched.</summary>
public sealed partial class PorterStemmerSpecs
{
    private static readonly string[] Classic =
    [
        "caresses", "ponies", "ties", "caress", "cats", "feed", "agreed", "plastered", "bled", "motoring", "sing", "conflated",
        "troubled", "sized", "hopping", "tanned", "falling", "hissing", "fizzed", "failing", "filing", "happy", "sky", "relational",
        "conditional", "rational", "valenci", "hesitanci", "digitizer", "conformabli", "radicalli", "differentli", "vileli",
        "analogousli", "vietnamization", "predication", "operator", "feudalism", "decisiveness", "hopefulness", "callousness",
        "formaliti", "sensitiviti", "sensibiliti", "triplicate", "formative", "formalize", "electriciti", "electrical", "hopeful",
        "goodness", "revival", "allowance", "inference", "airliner", "gyroscopic", "adjustable", "defensible", "irritant",
        "replacement", "adjustment", "dependent", "adoption", "homologou", "communism", "activate", "angulariti", "homologous",
        "effective", "bowdlerize", "probate", "rate", "cease", "controll", "roll", "generalizations", "oscillators", "yes", "yyyy",
        "aing", "bed", "eed", "ies", "sses", "ss", "yelled", "crying", "syzygy", "treaties", "treaty", "agreements", "sharing",
        "shares", "armistice", "alliances", "1953", "a1b2c3", "kaesong", "pyeongtaek", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxing",
    ];

    [Fact]
    public void Stems_agree_with_fts5_on_every_word_of_the_shipped_and_generated_text()
    {
        var shipped = Directory.EnumerateFiles(RepositoryPaths.Content, "*.md").SelectMany(f => Words().Matches(File.ReadAllText(f)).Select(m => m.Value));
        var generated = new ZipfVocabulary(1).Words.Concat(new CorpusGenerator(2, 30).Articles().SelectMany(a => Words().Matches(a.Text).Select(m => m.Value)));
        var words = Classic.Concat(shipped).Concat(generated).Select(w => w.ToLowerInvariant()).Where(w => w.All(char.IsAscii)).Distinct().ToList();

        var fts5 = Fts5Stems(words);

        var wrong = words.Where((w, i) => PorterStemmer.Stem(w) != fts5[i]).Select(w => $"{w}: {PorterStemmer.Stem(w)} (FTS5: {fts5[words.IndexOf(w)]})").ToList();
        Assert.True(words.Count > 8000, $"only {words.Count} words");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(30)));
    }

    [Theory]
    [InlineData("treaties", "treati")]
    [InlineData("treaty", "treati")]
    [InlineData("agreements", "agreement")]
    [InlineData("sharing", "share")]
    [InlineData("hopping", "hop")]
    [InlineData("relational", "relat")]
    [InlineData("war", "war")]
    [InlineData("us", "us")]
    public void Known_stems(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));

    /// <summary>FTS5's own stem of each word: one row per word, read back through an fts5vocab instance table.</summary>
    private static List<string> Fts5Stems(List<string> words)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE VIRTUAL TABLE words USING fts5(word, tokenize = 'porter unicode61 remove_diacritics 2');
                CREATE VIRTUAL TABLE stems USING fts5vocab(words, instance);
                """;
            create.ExecuteNonQuery();
        }

        using (var transaction = connection.BeginTransaction())
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO words (rowid, word) VALUES ($id, $word)";
            var id = insert.Parameters.Add("$id", SqliteType.Integer);
            var word = insert.Parameters.Add("$word", SqliteType.Text);
            for (var i = 0; i < words.Count; i++)
            {
                id.Value = i;
                word.Value = words[i];
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        var stems = new string[words.Count];
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT doc, term FROM stems";
        using var reader = read.ExecuteReader();
        while (reader.Read())
        {
            stems[reader.GetInt32(0)] = reader.GetString(1);
        }

        return [.. stems];
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();
}
