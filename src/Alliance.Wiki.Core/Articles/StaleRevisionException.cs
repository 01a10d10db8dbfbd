namespace Alliance.Wiki.Core.Articles;

/// <summary>The page's latest revision is not the one the save was based on: another save came first.</summary>
public sealed class StaleRevisionException : Exception
{
    public StaleRevisionException()
    {
    }

    public StaleRevisionException(string message)
        : base(message)
    {
    }

    public StaleRevisionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
