namespace Alliance.Wiki.Core.Markup.Facts;

/// <summary>One of an infobox kind's own fields (<c>signed</c>, <c>capital</c>, …) and its value.</summary>
public sealed record InfoboxField(string Key, FactValue Value);
