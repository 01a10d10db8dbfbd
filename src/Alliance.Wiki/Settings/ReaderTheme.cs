namespace Alliance.Wiki.Settings;

/// <summary>A reader's colour scheme: the system's (the default), or light or dark whatever the system says.</summary>
public enum ReaderTheme
{
    Auto,
    Light,
    Dark,
}
