using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Alliance.Wiki.Core.Markup;

/// <summary>
/// Renders text as Markdig does, with each run of Hangul in <c>&lt;span lang="ko"&gt;</c>, so screen readers speak it
/// as Korean and browsers pick a Korean font inside the English article. Text inside attributes (alt) stays plain.
/// </summary>
public sealed class HangulTextRenderer : HtmlObjectRenderer<LiteralInline>
{
    protected override void Write(HtmlRenderer renderer, LiteralInline literal)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(literal);
        var text = literal.Content.AsSpan();
        if (!renderer.EnableHtmlForInline || !text.ContainsAnyInRange('\u1100', '\uD7A3'))
        {
            renderer.WriteEscape(ref literal.Content);
            return;
        }

        var start = 0;
        while (start < text.Length)
        {
            var korean = IsHangul(text[start]);
            var end = start + 1;
            // Spaces and punctuation between Hangul words stay in the run: "주한 미군" is one Korean phrase.
            while (end < text.Length && (IsHangul(text[end]) == korean || (korean && IsJoiner(text, end))))
            {
                end++;
            }

            if (korean)
            {
                renderer.Write("<span lang=\"ko\">");
                renderer.WriteEscape(text[start..end]);
                renderer.Write("</span>");
            }
            else
            {
                renderer.WriteEscape(text[start..end]);
            }

            start = end;
        }
    }

    /// <summary>Jamo, compatibility jamo and syllables.</summary>
    private static bool IsHangul(char c) => c is (>= '\u1100' and <= '\u11FF') or (>= '\u3130' and <= '\u318F') or (>= '\uAC00' and <= '\uD7A3');

    /// <summary>A space or middle dot followed, after more of the same, by Hangul.</summary>
    private static bool IsJoiner(ReadOnlySpan<char> text, int at)
    {
        var i = at;
        while (i < text.Length && text[i] is ' ' or '·')
        {
            i++;
        }

        return i > at && i < text.Length && IsHangul(text[i]);
    }
}
