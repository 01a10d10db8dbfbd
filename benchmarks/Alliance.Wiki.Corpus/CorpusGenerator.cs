using System.Globalization;
using System.Text;

namespace Alliance.Wiki.Corpus;

/// <summary>
/// Writes N articles in the content/ format, the same for the same seed: 600–1,500 words of English-like text,
/// 3–8 sections, 5–30 wiki links (some to missing pages), aliases, categories, and a Hangul name on some.
/// Titles are invented names, so generated articles never claim a shipped article's subject.
/// </summary>
public sealed class CorpusGenerator
{
    private static readonly string[] Kinds =
    [
        "Province", "River", "Council", "Festival", "Company", "University", "Dynasty", "Incident", "Bridge", "Railway",
        "Stadium", "Museum", "Party", "Expedition", "Mountain", "Island", "Temple", "Harbour", "Observatory", "Reservoir",
    ];

    private static readonly string[] Headings =
    [
        "History", "Background", "Geography", "Economy", "Politics", "Culture", "Legacy", "Organization", "Operations",
        "Reception", "Aftermath", "Early years", "Later years", "Structure", "Administration", "Notable events",
    ];

    private static readonly string[] Categories =
    [
        "History", "Geography", "Politics", "Economy", "Culture", "Military and security", "Science and technology",
        "Sport", "Religion", "Transport", "Education", "Diplomacy",
    ];

    private readonly int _seed;
    private readonly int _count;
    private readonly ZipfVocabulary _vocabulary;

    public CorpusGenerator(int seed, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _seed = seed;
        _count = count;
        _vocabulary = new ZipfVocabulary(seed);
    }

    public int Count => _count;

    /// <summary>The title of article <paramref name="index"/>; indexes at or past <see cref="Count"/> name missing pages.</summary>
    public string TitleOf(int index)
    {
        var random = CorpusRandom.For(_seed, index);
        var name = InventedWords.UniqueName(index);
        var kind = random.Pick(Kinds);
        return random.Chance(0.3) ? $"{Capitalize(InventedWords.Word(random, 2))} {name} {kind}" : $"{name} {kind}";
    }

    public IEnumerable<GeneratedArticle> Articles() => Enumerable.Range(0, _count).Select(Article);

    public GeneratedArticle Article(int index)
    {
        var title = TitleOf(index);
        var random = CorpusRandom.For(_seed, index + 1_000_000_000);
        var korean = random.Chance(0.35) ? InventedWords.Hangul(random, random.Next(2, 5)) : null;
        var words = random.Next(600, 1501);
        var sections = random.Next(3, 9);
        var links = Links(random, index);

        var body = new StringBuilder();
        var lead = korean is null ? $"**{title}**" : $"**{title}** (Korean: {korean})";
        var perParagraph = words / (sections * 2 + 1);
        body.Append(lead).Append(' ').Append(Paragraph(random, perParagraph, links)).Append("\n\n");
        for (var s = 0; s < sections - 1; s++)
        {
            body.Append("## ").Append(Headings[(index + s) % Headings.Length]).Append("\n\n");
            var paragraphs = random.Next(1, 4);
            for (var p = 0; p < paragraphs; p++)
            {
                body.Append(Paragraph(random, perParagraph * 2 / paragraphs, links)).Append("\n\n");
            }
        }

        body.Append("## See also\n\n");
        foreach (var link in links.Count > 0 ? links : [TitleOf((index + 1) % Math.Max(_count, 1))])
        {
            body.Append("- [[").Append(link).Append("]]\n");
        }

        var footnote = random.Chance(0.3);
        if (footnote)
        {
            body.Append("\n[^1]: ").Append(Sentence(random, random.Next(6, 12), [])).Append('\n');
        }

        var text = new StringBuilder("---\n")
            .Append("title: ").Append(title).Append('\n');
        if (korean is not null)
        {
            text.Append("korean: ").Append(korean).Append('\n');
        }

        text.Append("aliases: [").Append(string.Join(", ", Aliases(random, title, index))).Append("]\n")
            .Append("categories: [").Append(string.Join(", ", PickCategories(random))).Append("]\n")
            .Append("summary: \"").Append(Sentence(random, random.Next(10, 18), [])).Append("\"\n")
            .Append("---\n")
            .Append(body);
        return new GeneratedArticle(FileName(title), title, text.ToString());
    }

    /// <summary>Writes every article into <paramref name="folder"/>, creating it; returns the number written.</summary>
    public int WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var article in Articles())
        {
            File.WriteAllText(Path.Combine(folder, article.FileName), article.Text);
        }

        return _count;
    }

    private static string FileName(string title) =>
        "generated-" + title.ToLowerInvariant().Replace(' ', '-') + ".md";

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static IEnumerable<string> Aliases(CorpusRandom random, string title, int index)
    {
        var parts = title.Split(' ');
        if (random.Chance(0.5))
        {
            yield return $"{parts[^1]} of {parts[^2]}";
        }

        if (random.Chance(0.4))
        {
            // Four or more capitals from invented syllables: never one of the shipped acronyms (THAAD, USFK, SMA...).
            yield return InventedWords.UniqueName(index).Where((_, i) => i % 2 == 0).Aggregate(string.Empty, (a, c) => a + char.ToUpperInvariant(c)) + parts[^1][0];
        }
    }

    private static IEnumerable<string> PickCategories(CorpusRandom random) =>
        Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Pick(Categories)).Distinct(StringComparer.Ordinal);

    private List<string> Links(CorpusRandom random, int index)
    {
        var count = random.Next(5, 31);
        var links = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            // About one link in seven points past the corpus: a page nobody has written yet.
            var target = random.Chance(0.15) || _count < 2 ? _count + random.Next(0, 1000) : random.Next(0, _count);
            if (target != index)
            {
                links.Add(TitleOf(target));
            }
        }

        return [.. links.Distinct(StringComparer.Ordinal)];
    }

    private string Paragraph(CorpusRandom random, int words, List<string> links)
    {
        var builder = new StringBuilder();
        var written = 0;
        while (written < Math.Max(words, 8))
        {
            var length = random.Next(8, 25);
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(Sentence(random, length, links));
            written += length;
        }

        return builder.ToString();
    }

    private string Sentence(CorpusRandom random, int length, List<string> links)
    {
        var builder = new StringBuilder();
        for (var w = 0; w < length; w++)
        {
            if (w > 0)
            {
                builder.Append(random.Chance(0.06) ? ", " : " ");
            }

            string word;
            if (links.Count > 0 && random.Chance(0.012))
            {
                var link = random.Pick(links);
                word = random.Chance(0.3) ? $"[[{link}|{link.Split(' ')[0]}]]" : $"[[{link}]]";
            }
            else if (random.Chance(0.0015))
            {
                word = ZipfVocabulary.NextPhrase(random);
            }
            else if (random.Chance(0.015))
            {
                word = random.Next(1900, 2025).ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                word = _vocabulary.Next(random);
                if (random.Chance(0.01))
                {
                    word = $"*{word}*";
                }
            }

            builder.Append(w == 0 && char.IsAsciiLetterLower(word[0]) ? Capitalize(word) : word);
        }

        return builder.Append('.').ToString();
    }
}
