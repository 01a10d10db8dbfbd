using System.Globalization;
using System.Text;

namespace Alliance.Wiki.Core.Search;

/// <summary>
/// Writes FTS5 MATCH expressions from parsed terms. User text only ever appears inside a double-quoted FTS5 string,
/// with its quotes doubled; every operator, <c>*</c> and column filter is ours (raw text in MATCH throws: STACK.md).
/// </summary>
public static class Fts5Expression
{
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>One term: a quoted string, a quoted prefix, or for "war-time" both spellings ("war time" and "wartime").</summary>
    public static string Term(SearchTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var expression = term.IsPrefix ? Quote(term.Text) + "*"
            : !term.IsPhrase && Joined(term.Text) is { } joined ? $"({Quote(term.Text)} OR {Quote(joined)})"
            : Quote(term.Text);
        return term.TitleOnly ? $"title : ({expression})" : expression;
    }

    public static string Clause(SearchClause clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        return clause.Alternatives.Count == 1 ? Term(clause.Alternatives[0]) : "(" + string.Join(" OR ", clause.Alternatives.Select(Term)) + ")";
    }

    /// <summary>All clauses must match and none of the excluded terms; null when there are no clauses.</summary>
    public static string? All(IReadOnlyCollection<SearchClause> clauses, IReadOnlyCollection<SearchTerm> excluded)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        ArgumentNullException.ThrowIfNull(excluded);
        if (clauses.Count == 0)
        {
            return null;
        }

        var all = string.Join(" AND ", clauses.Select(Clause));
        return excluded.Count == 0 ? all : $"({all}) NOT ({string.Join(" OR ", excluded.Select(Term))})";
    }

    public static string? Any(IReadOnlyCollection<SearchTerm> terms) =>
        terms is null || terms.Count == 0 ? null : string.Join(" OR ", terms.Select(Term));

    /// <summary>"war-time" → "wartime": a word whose parts are joined by dashes, written without them.</summary>
    private static string? Joined(string text)
    {
        var builder = new StringBuilder(text.Length);
        var dashes = 0;
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation)
            {
                dashes++;
            }
            else if (char.IsLetter(c))
            {
                builder.Append(c);
            }
            else
            {
                return null;
            }
        }

        return dashes > 0 && builder.Length > 0 ? builder.ToString() : null;
    }
}
