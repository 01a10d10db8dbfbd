namespace Alliance.Wiki.Core.Storage;

public enum PageNameKind
{
    Title = 0,
    Alias = 1,
}
