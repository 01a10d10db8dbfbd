using Alliance.Wiki.Core.Markup.Facts;

namespace Alliance.Wiki.Core.Chronology;

/// <summary>An event as the chronology keeps it: its date, its sentence (Markdown), and whether an infobox date gave it.</summary>
public sealed record DatedEvent(FactDate Date, string Text, bool FromInfobox);
