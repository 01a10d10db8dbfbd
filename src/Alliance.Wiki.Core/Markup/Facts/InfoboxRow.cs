namespace Alliance.Wiki.Core.Markup.Facts;

/// <summary>A free label/value row of an infobox, shown after the kind's own fields.</summary>
public sealed record InfoboxRow(string Label, FactValue Value);
