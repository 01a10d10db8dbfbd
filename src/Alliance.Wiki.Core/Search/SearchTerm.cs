namespace Alliance.Wiki.Core.Search;

/// <summary>One thing a query looks for: a word, a quoted phrase, or a word prefix (<c>treat*</c>).</summary>
/// <param name="Text">The word or the phrase's words as the reader typed them (control characters removed).</param>
/// <param name="IsPhrase">True for a quoted phrase: its words must stand together, in order.</param>
/// <param name="IsPrefix">True for <c>word*</c>: any word that starts with the text.</param>
/// <param name="TitleOnly">True for <c>intitle:</c>: only the title is searched.</param>
public sealed record SearchTerm(string Text, bool IsPhrase = false, bool IsPrefix = false, bool TitleOnly = false)
{
    /// <summary>True when the term holds Hangul, which is matched as a substring rather than as whole words.</summary>
    public bool IsHangul => SearchText.ContainsHangul(Text);

    public override string ToString()
    {
        var text = IsPhrase || Text.Contains(' ', StringComparison.Ordinal) ? "\"" + Text + "\"" : Text;
        return (TitleOnly ? "intitle:" : string.Empty) + text + (IsPrefix ? "*" : string.Empty);
    }
}
