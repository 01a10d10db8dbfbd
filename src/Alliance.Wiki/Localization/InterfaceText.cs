namespace Alliance.Wiki.Localization;

/// <summary>
/// The interface's strings, for <c>IStringLocalizer&lt;InterfaceText&gt;</c>: the English text is the key, and
/// Resources/Localization/InterfaceText.ko.resx holds the Korean. A string with no Korean shows in English.
/// </summary>
public sealed class InterfaceText
{
}
