namespace Alliance.Wiki.Tests.Support;

/// <summary>An edit form as it was when opened: what an editor holds while another editor saves.</summary>
public sealed record EditForm(string Url, string Text, string BaseRevisionId, int? Section, string Token);
