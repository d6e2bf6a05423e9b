namespace Oods.Csc.Wire;

/// <summary>TAI−UTC (whole seconds) by UTC date, for the TAI stamps salobj expects.</summary>
/// <remarks>
/// Update when IERS Bulletin C announces a leap second (https://hpiers.obspm.fr/iers/bul/bulc/bulletinc.dat, or
/// <c>/usr/share/zoneinfo/leap-seconds.list</c>): add a row with the UTC date it takes effect and the new offset.
/// As of Bulletin C 70 (2025) none is scheduled, so 37 s (since 2017-01-01) is current. Dates before the first row
/// get its offset; OODS never stamps such dates.
/// </remarks>
internal static class LeapSeconds
{
    private static readonly (DateTimeOffset Start, int TaiMinusUtc)[] Table =
    [
        (new DateTimeOffset(2012, 7, 1, 0, 0, 0, TimeSpan.Zero), 35),
        (new DateTimeOffset(2015, 7, 1, 0, 0, 0, TimeSpan.Zero), 36),
        (new DateTimeOffset(2017, 1, 1, 0, 0, 0, TimeSpan.Zero), 37),
    ];

    /// <summary>TAI−UTC in seconds at a UTC instant.</summary>
    public static int TaiMinusUtc(DateTimeOffset utc)
    {
        var offset = Table[0].TaiMinusUtc;
        foreach (var (start, value) in Table)
        {
            if (utc >= start)
            {
                offset = value;
            }
        }

        return offset;
    }
}
