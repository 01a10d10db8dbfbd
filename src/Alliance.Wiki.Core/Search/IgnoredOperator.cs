using System.Globalization;

namespace Alliance.Wiki.Core.Search;

/// <summary>An operator the parser dropped because it had no word to work on, and why, for the reader.</summary>
/// <param name="Typed">The operator as the reader typed it (<c>OR</c>, <c>|</c>, <c>NOT</c>).</param>
/// <param name="Why">The message, a format whose <c>{0}</c> is <see cref="Typed"/>; the interface translates it.</param>
public sealed record IgnoredOperator(string Typed, string Why)
{
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, Why, Typed);
}
