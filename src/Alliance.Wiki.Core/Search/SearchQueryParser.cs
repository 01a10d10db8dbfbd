using System.Globalization;
using System.Text;
using Alliance.Wiki.Core.Titles;

namespace Alliance.Wiki.Core.Search;

/// <summary>
/// Reads what a reader typed into a <see cref="SearchQuery"/>. Every input parses: unbalanced quotes close at the end,
/// operators without operands are ignored, punctuation-only words are dropped, control characters become spaces.
/// </summary>
internal static class SearchQueryParser
{
    public const string NothingToSearch = "Type a word or a phrase to search for.";
    public const string OnlyExclusions = "A search needs at least one word to look for, not only words to leave out.";
    public const string OnlyOperators = "AND, OR and NOT join words or leave them out, and this search has no words for them: type the words too, as in treaty OR alliance.";

    /// <summary>For an OR or AND that lacked a word on one side ({0} is the operator as typed).</summary>
    public const string JoinsNothing = "“{0}” needs a word on each side, so it was ignored.";

    /// <summary>For a NOT with no word after it ({0} is the operator as typed).</summary>
    public const string LeavesOutNothing = "“{0}” needs a word after it, so it was ignored.";

    private const string InTitle = "intitle:";
    private const string Category = "category:";

    private enum Kind
    {
        Term,
        Or,
        And,
        Not,
        Category,
    }

    public static SearchQuery Parse(string? input)
    {
        var (text, shortened) = Clean(input);
        var clauses = new List<List<SearchTerm>>();
        var excluded = new List<SearchTerm>();
        var categories = new List<string>();
        bool pendingOr = false, pendingNot = false, afterTerm = false;
        var tokens = Tokens(text).ToList();
        foreach (var (kind, term, negated, value, _) in tokens)
        {
            switch (kind)
            {
                case Kind.Or:
                    pendingOr = afterTerm;
                    continue;
                case Kind.Not:
                    pendingNot = true;
                    continue;
                case Kind.And:
                    continue;
                case Kind.Category:
                    if (!categories.Contains(value, StringComparer.OrdinalIgnoreCase))
                    {
                        categories.Add(value);
                    }

                    pendingOr = pendingNot = afterTerm = false;
                    continue;
            }

            if (clauses.Sum(c => c.Count) + excluded.Count >= SearchQuery.MaxTerms)
            {
                shortened = true;
                break;
            }

            if (negated || pendingNot)
            {
                excluded.Add(term!);
                afterTerm = false;
            }
            else
            {
                if (pendingOr && clauses.Count > 0)
                {
                    clauses[^1].Add(term!);
                }
                else
                {
                    clauses.Add([term!]);
                }

                afterTerm = true;
            }

            pendingOr = pendingNot = false;
        }

        var problem = clauses.Count > 0 || categories.Count > 0 ? null
            : excluded.Count > 0 ? OnlyExclusions
            : tokens.Count > 0 ? OnlyOperators : NothingToSearch;
        return new SearchQuery([.. clauses.Select(c => new SearchClause(c))], excluded, categories, problem, shortened)
        {
            Ignored = problem is null ? Unjoined(tokens) : [],
        };
    }

    /// <summary>
    /// The operators that had no word to work on (<c>war OR</c>, <c>OR OR war</c>, <c>war NOT</c>), with what to tell
    /// the reader: the search still runs without them, and the reader learns why it did not do what was asked.
    /// </summary>
    private static List<IgnoredOperator> Unjoined(List<(Kind Kind, SearchTerm? Term, bool Negated, string Value, string Typed)> tokens)
    {
        var ignored = new List<IgnoredOperator>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var kind = tokens[i].Kind;
            var wordBefore = i > 0 && tokens[i - 1].Kind == Kind.Term;
            var wordAfter = i + 1 < tokens.Count && tokens[i + 1].Kind is Kind.Term or Kind.Not;
            var message = kind switch
            {
                Kind.Or or Kind.And when !wordBefore || !wordAfter => JoinsNothing,
                Kind.Not when i + 1 >= tokens.Count || tokens[i + 1].Kind != Kind.Term => LeavesOutNothing,
                _ => null,
            };
            if (message is not null && new IgnoredOperator(tokens[i].Typed, message) is var note && !ignored.Contains(note))
            {
                ignored.Add(note);
            }
        }

        return ignored;
    }

    public static (string Text, bool Shortened) Clean(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return (string.Empty, false);
        }

        var builder = new StringBuilder(Math.Min(input.Length, SearchQuery.MaxLength));
        var shortened = false;
        for (var i = 0; i < input.Length; i++)
        {
            if (builder.Length >= SearchQuery.MaxLength)
            {
                shortened = input.AsSpan(i).ContainsAnyExcept(' ');
                break;
            }

            var c = input[i];
            if (char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]))
            {
                builder.Append(c).Append(input[++i]);
            }
            else if (c is '\u200B' or '\uFEFF' or '\u00AD')
            {
                continue;
            }
            else
            {
                builder.Append(char.IsControl(c) || char.IsSurrogate(c) || c == '\uFFFD' || char.IsWhiteSpace(c) ? ' ' : c);
            }
        }

        var text = string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return (text.Normalize(NormalizationForm.FormC), shortened);
    }

    private static IEnumerable<(Kind Kind, SearchTerm? Term, bool Negated, string Value, string Typed)> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == ' ')
            {
                i++;
                continue;
            }

            var negated = false;
            if (text[i] is '-' or '+' && i + 1 < text.Length && text[i + 1] != ' ')
            {
                negated = text[i] == '-';
                i++;
            }

            var field = StartsWithAt(text, i, InTitle) ? InTitle : StartsWithAt(text, i, Category) ? Category : null;
            i += field?.Length ?? 0;
            var isPhrase = i < text.Length && text[i] == '"';
            string raw;
            if (isPhrase)
            {
                var close = text.IndexOf('"', i + 1);
                raw = close < 0 ? text[(i + 1)..] : text[(i + 1)..close];
                i = close < 0 ? text.Length : close + 1;
            }
            else
            {
                var end = text.IndexOfAny([' ', '"'], i);
                raw = end < 0 ? text[i..] : text[i..end];
                i = end < 0 ? text.Length : end;
            }

            if (field is null && !negated && !isPhrase && Operator(raw) is Kind op)
            {
                yield return (op, null, false, string.Empty, raw);
                continue;
            }

            if (field == Category)
            {
                var category = WikiTitle.Normalize(raw);
                // "-category:x" is not supported: leaving a category out is ignored rather than misread as a filter.
                if (category.Length > 0 && WikiTitle.Problem(category) is null && !negated)
                {
                    yield return (Kind.Category, null, negated, category, raw);
                }

                continue;
            }

            if (Term(raw, isPhrase, field == InTitle) is { } term)
            {
                yield return (Kind.Term, term, negated, string.Empty, raw);
            }
        }
    }

    private static Kind? Operator(string word) => word switch
    {
        "OR" or "|" or "||" => Kind.Or,
        "AND" or "&" or "&&" => Kind.And,
        "NOT" => Kind.Not,
        _ => null,
    };

    private static SearchTerm? Term(string raw, bool isPhrase, bool titleOnly)
    {
        var text = string.Join(' ', raw.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var isPrefix = !isPhrase && text.EndsWith('*');
        text = isPhrase ? text : text.Trim('*');
        if (!text.Any(char.IsLetterOrDigit))
        {
            return null;
        }

        // A one-letter prefix would expand to a large part of the vocabulary; it is searched as the word itself.
        isPrefix &= text.Count(char.IsLetterOrDigit) >= 2;
        return new SearchTerm(text, isPhrase || text.Contains(' ', StringComparison.Ordinal), isPrefix, titleOnly);
    }

    private static bool StartsWithAt(string text, int index, string prefix) =>
        string.Compare(text, index, prefix, 0, prefix.Length, CultureInfo.InvariantCulture, CompareOptions.IgnoreCase) == 0
        && index + prefix.Length < text.Length && text[index + prefix.Length] != ' ';
}
