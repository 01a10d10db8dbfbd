using System.Globalization;

namespace Alliance.Wiki.Formatting;

/// <summary>How the history pages write times, sizes and size changes.</summary>
public static class HistoryFormat
{
    // A change at least this large (in bytes, either way) is shown in bold, as Wikipedia does.
    private const int LargeChange = 500;

    private static bool IsKorean => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ko";

    public static string Time(DateTime utc) => utc.ToString(IsKorean ? "yyyy년 M월 d일 HH:mm" : "HH:mm, d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string IsoTime(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Bytes(int size) => size.ToString("N0", CultureInfo.InvariantCulture) + (IsKorean ? "바이트" : size == 1 ? " byte" : " bytes");

    /// <summary>A size change with its sign: "+12", "−7" (a true minus), "0".</summary>
    public static string SizeChange(int change) => change switch
    {
        > 0 => "+" + change.ToString("N0", CultureInfo.InvariantCulture),
        < 0 => "\u2212" + (-(long)change).ToString("N0", CultureInfo.InvariantCulture),
        _ => "0",
    };

    public static string SizeChangeClass(int change) =>
        (change > 0 ? "size-change grew" : change < 0 ? "size-change shrank" : "size-change same") + (Math.Abs((long)change) >= LargeChange ? " large" : string.Empty);
}
