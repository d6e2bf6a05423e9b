using System.Globalization;

namespace Oods.Core.Metadata;

/// <summary>
/// TAI instants as daf_butler stores them: nanoseconds since 1970-01-01T00:00:00 TAI, counted on a naive
/// calendar without leap seconds (butler.md §3.4).
/// </summary>
internal static class TaiTime
{
    /// <summary>Nanoseconds per day.</summary>
    public const long NanosecondsPerDay = 86_400_000_000_000;

    private const long Mjd1970 = 40587;

    /// <summary>Converts a Modified Julian Date (TAI) to ns since 1970 TAI.</summary>
    /// <param name="mjd">The MJD.</param>
    /// <returns>Nanoseconds.</returns>
    public static long FromMjd(double mjd)
    {
        // Splitting off the whole days keeps the fraction exact, so the result carries the
        // double's full (sub-microsecond) resolution instead of losing it in one big product.
        var days = Math.Floor(mjd);
        var fraction = mjd - days;
        return (((long)days - Mjd1970) * NanosecondsPerDay) + (long)Math.Round(fraction * NanosecondsPerDay);
    }

    /// <summary>Parses a FITS date (<c>YYYY-MM-DD</c> or <c>YYYY-MM-DDThh:mm:ss[.fff…]</c>) as ns since 1970 TAI.</summary>
    /// <param name="text">The header value.</param>
    /// <param name="value">The instant.</param>
    /// <returns>Whether the text is a valid FITS date.</returns>
    public static bool TryParseIso(string text, out long value)
    {
        value = 0;
        var trimmed = text.Trim();
        var t = trimmed.IndexOf('T', StringComparison.Ordinal);
        var datePart = t < 0 ? trimmed : trimmed[..t];
        if (!DateTime.TryParseExact(datePart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        long nanos = 0;
        if (t >= 0)
        {
            var timePart = trimmed[(t + 1)..];
            var dot = timePart.IndexOf('.', StringComparison.Ordinal);
            var whole = dot < 0 ? timePart : timePart[..dot];
            if (!TimeSpan.TryParseExact(whole, @"hh\:mm\:ss", CultureInfo.InvariantCulture, out var time))
            {
                return false;
            }

            nanos = time.Ticks * 100;
            if (dot >= 0)
            {
                // FITS allows any number of fraction digits; keep nanoseconds, as astropy does.
                var digits = timePart[(dot + 1)..];
                if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
                {
                    return false;
                }

                var padded = (digits.Length > 9 ? digits[..9] : digits).PadRight(9, '0');
                nanos += long.Parse(padded, CultureInfo.InvariantCulture);
            }
        }

        value = ((date - DateTime.UnixEpoch).Ticks * 100) + nanos;
        return true;
    }

    /// <summary>The calendar time of an instant (naive, TAI).</summary>
    /// <param name="nanoseconds">ns since 1970 TAI.</param>
    /// <returns>The calendar time, truncated to 100 ns.</returns>
    public static DateTime ToCalendar(long nanoseconds) => DateTime.UnixEpoch.AddTicks(nanoseconds / 100);

    /// <summary>Formats an instant as astropy's <c>isot</c> with millisecond precision (rounded), no zone.</summary>
    /// <param name="nanoseconds">ns since 1970 TAI.</param>
    /// <returns>E.g. <c>2018-09-21T06:12:18.210</c>.</returns>
    public static string ToIsoMilliseconds(long nanoseconds)
    {
        var milliseconds = (long)Math.Round(nanoseconds / 1e6, MidpointRounding.AwayFromZero);
        return DateTime.UnixEpoch.AddMilliseconds(milliseconds).ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture);
    }

    /// <summary>The observing day (YYYYMMDD) of an instant: the TAI date after subtracting the day-rollover offset.</summary>
    /// <param name="nanoseconds">ns since 1970 TAI.</param>
    /// <param name="offset">The rollover offset (12 h for Rubin).</param>
    /// <returns>The day as an integer.</returns>
    public static long ObservingDay(long nanoseconds, TimeSpan offset)
    {
        var shifted = ToCalendar(nanoseconds - (offset.Ticks * 100));
        return (shifted.Year * 10000L) + (shifted.Month * 100L) + shifted.Day;
    }

    /// <summary>A calendar time (naive TAI) as ns since 1970 TAI.</summary>
    /// <param name="calendar">The calendar time.</param>
    /// <returns>Nanoseconds.</returns>
    public static long FromCalendar(DateTime calendar) => (calendar - DateTime.UnixEpoch).Ticks * 100;
}
