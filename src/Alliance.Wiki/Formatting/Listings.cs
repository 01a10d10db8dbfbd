namespace Alliance.Wiki.Formatting;

/// <summary>How many rows a listing shows: the recent-changes page and its feed show the same changes.</summary>
public static class Listings
{
    public const int RecentChanges = 50;
}
