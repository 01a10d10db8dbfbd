namespace Alliance.Wiki.Corpus;

/// <summary>
/// English-like words drawn with Zipf-like frequencies: a few function words make up much of the text, real subject
/// words (the wiki's own among them: treaty, missile, armistice) sit in the middle ranks, and invented words fill
/// the long tail, so that search statistics behave as they do on real articles.
/// </summary>
public sealed class ZipfVocabulary
{
    private static readonly string[] FunctionWords =
    [
        "the", "of", "and", "to", "in", "a", "is", "was", "that", "for", "as", "with", "by", "on", "it", "from", "at",
        "were", "an", "which", "be", "this", "are", "its", "or", "had", "has", "have", "not", "their", "after", "also",
        "but", "they", "first", "two", "other", "into", "been", "more", "between", "during", "who", "under", "over",
        "new", "one", "would", "than", "later", "while", "when", "all", "these", "against", "only", "three", "both",
        "most", "since", "some", "years", "such", "through", "until", "year", "its", "many", "where", "each",
    ];

    private static readonly string[] SubjectWords =
    [
        "alliance", "treaty", "forces", "military", "security", "defense", "missile", "trade", "agreement", "nuclear",
        "talks", "summit", "border", "peninsula", "government", "president", "minister", "policy", "economic",
        "relations", "war", "armistice", "command", "troops", "sanctions", "province", "river", "council", "election",
        "party", "assembly", "industry", "exports", "imports", "tariff", "market", "company", "port", "railway", "city",
        "capital", "village", "mountain", "coast", "island", "bridge", "festival", "temple", "university", "school",
        "museum", "court", "law", "constitution", "reform", "protest", "strike", "workers", "farmers", "rice",
        "fishing", "steel", "ships", "shipyard", "electronics", "semiconductor", "energy", "coal", "oil", "power",
        "plant", "reactor", "inspection", "weapons", "army", "navy", "air", "base", "division", "regiment", "officers",
        "soldiers", "commander", "general", "campaign", "battle", "offensive", "ceasefire", "negotiations",
        "delegation", "envoy", "embassy", "ambassador", "foreign", "domestic", "national", "regional", "local",
        "international", "committee", "commission", "report", "budget", "cost", "sharing", "burden", "contribution",
        "payment", "exercise", "drills", "deterrence", "allies", "partner", "dispute", "crisis", "tension", "dialogue",
        "cooperation", "exchange", "aid", "humanitarian", "refugees", "families", "reunion", "culture", "language",
        "history", "dynasty", "kingdom", "empire", "colonial", "independence", "liberation", "unification", "zone",
        "line", "parallel", "north", "south", "east", "west", "central", "northern", "southern", "western", "eastern",
        "population", "census", "growth", "income", "poverty", "education", "health", "hospital", "science",
        "technology", "research", "space", "satellite", "launch", "test", "radar", "battery", "interceptor",
        "ballistic", "range", "system", "network", "media", "newspaper", "broadcast", "film", "music", "television",
        "sport", "team", "century", "period", "decade", "era", "modern", "ancient", "traditional", "religious",
        "church", "social", "political", "public", "private", "free", "open", "rights", "human", "freedom",
        "democracy", "leader", "chairman", "premier", "vote", "seats", "majority", "opposition", "coalition",
        "administration", "office", "agency", "ministry", "department", "official", "officials", "statement",
        "declaration", "resolution", "conference", "meeting", "visit", "signed", "ratified", "approved", "rejected",
        "announced", "established", "founded", "built", "opened", "closed", "expanded", "reduced", "increased",
        "declined", "remained", "became", "continued", "began", "ended", "returned", "moved", "held", "led", "served",
        "treaties", "agreements", "missiles", "elections", "companies", "workers", "bases", "provinces", "talks",
        "early", "late", "major", "small", "large", "important", "several", "former", "current", "strong", "long",
        "high", "low", "great", "main", "common", "joint", "mutual", "special", "measures", "operational", "control",
    ];

    // Real text repeats set phrases; without them a phrase query would have no competition in a generated corpus.
    private static readonly string[] Collocations =
    [
        "free trade agreement", "missile defense", "burden sharing", "armistice agreement", "nuclear weapons",
        "prime minister", "foreign minister", "security council", "joint exercise", "trade agreement", "defense treaty",
        "peace treaty", "border incident", "economic growth", "military command", "air defense", "special measures",
        "cost sharing", "ballistic missile", "national assembly", "human rights", "free trade", "mutual defense",
        "demilitarized zone", "summit meeting",
    ];

    // A vocabulary the size of a real encyclopedia's working one: a subject word then lands in a few per cent of
    // articles (rank 1,000: about 9%; rank 5,000: about 2%), as topical words do, rather than in half of them.
    private const int Size = 40_000;
    private const int SubjectBand = 8_000;
    private readonly string[] _words;
    private readonly double[] _cumulative;

    public ZipfVocabulary(int seed)
    {
        var random = CorpusRandom.For(seed, -1);
        var invented = new HashSet<string>(StringComparer.Ordinal);
        var known = FunctionWords.Concat(SubjectWords).ToHashSet(StringComparer.Ordinal);
        while (invented.Count < Size)
        {
            var word = InventedWords.Word(random, random.Next(2, 5));
            if (!known.Contains(word))
            {
                invented.Add(word);
            }
        }

        // Subject words are shuffled among the first invented words, so each seed gives them different but plausible ranks.
        var middle = SubjectWords.Distinct(StringComparer.Ordinal).Concat(invented.Take(SubjectBand)).ToArray();
        for (var i = middle.Length - 1; i > 0; i--)
        {
            var j = random.Next(0, i + 1);
            (middle[i], middle[j]) = (middle[j], middle[i]);
        }

        _words = [.. FunctionWords.Distinct(StringComparer.Ordinal), .. middle, .. invented.Skip(SubjectBand)];
        _cumulative = new double[_words.Length];
        var total = 0.0;
        for (var rank = 0; rank < _words.Length; rank++)
        {
            // Zipf–Mandelbrot: frequency ∝ 1 / (rank + q)^s, which fits real English better than plain Zipf at the top.
            total += 1.0 / Math.Pow(rank + 2.7, 1.0);
            _cumulative[rank] = total;
        }
    }

    public IReadOnlyList<string> Words => _words;

    /// <summary>A set phrase; the earlier in the list, the more common.</summary>
    public static string NextPhrase(CorpusRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Collocations[Math.Min(random.Next(0, Collocations.Length), random.Next(0, Collocations.Length))];
    }

    public string Next(CorpusRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        return _words[index < 0 ? Math.Min(~index, _words.Length - 1) : index];
    }
}
