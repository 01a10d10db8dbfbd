using System.Globalization;
using Alliance.Wiki.Core.Markup.Facts;

namespace Alliance.Wiki.Localization;

/// <summary>Dates as each interface language writes them: "1 October 1953" in English, "1953년 10월 1일" in Korean.</summary>
public static class InterfaceDates
{
    private static bool IsKorean => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ko";

    public static string Of(FactDate date) =>
        !IsKorean ? date.English
        : date.Day is int d ? string.Create(CultureInfo.InvariantCulture, $"{date.Year}년 {date.Month}월 {d}일")
        : date.Month is int m ? string.Create(CultureInfo.InvariantCulture, $"{date.Year}년 {m}월")
        : string.Create(CultureInfo.InvariantCulture, $"{date.Year}년");

    /// <summary>A day of the year without its year, for "On this day".</summary>
    public static string DayOfYear(DateOnly day) =>
        IsKorean ? string.Create(CultureInfo.InvariantCulture, $"{day.Month}월 {day.Day}일") : day.ToString("d MMMM", CultureInfo.InvariantCulture);

    /// <summary>A moment to the minute, in UTC.</summary>
    public static string Moment(DateTime utc) =>
        IsKorean ? utc.ToString("yyyy년 M월 d일 HH:mm 'UTC'", CultureInfo.InvariantCulture) : utc.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>A valid HTML <c>datetime</c>: whole seconds in UTC (seven fractional digits are not valid HTML).</summary>
    public static string Machine(DateTime utc) => utc.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
