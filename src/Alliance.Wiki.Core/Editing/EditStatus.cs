namespace Alliance.Wiki.Core.Editing;

public enum EditStatus
{
    /// <summary>A new revision, straight on top of its base.</summary>
    Saved,

    /// <summary>A new revision that merged the editor's change with changes saved since its base.</summary>
    Merged,

    /// <summary>The text equals the current revision: nothing was saved.</summary>
    Unchanged,

    /// <summary>Changes since the base touch the same lines: nothing was saved, both texts are returned.</summary>
    Conflict,

    /// <summary>The request cannot be saved as it is (the message says why); the editor's text is kept.</summary>
    Invalid,

    /// <summary>The page is protected and the author is not an admin.</summary>
    Forbidden,
}
