using Alliance.Wiki.Core.Markup.Facts;

namespace Alliance.Wiki.Core.Chronology;

/// <summary>An event as the timeline shows it: its date, its sentence as safe inline HTML, and the article it comes from.</summary>
public sealed record TimelineEvent(FactDate Date, string Html, string Title, string? Korean);
