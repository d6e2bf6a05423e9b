namespace Oods.Core.Metadata;

/// <summary>LSSTCam header corrections by day (obs_lsst <c>LsstCamTranslator.fix_header</c>), limited to keywords OODS reads.</summary>
internal static class LsstCamHeaderFixes
{
    private static readonly string[] FilterPh05Days = ["20231107", "20231108", "20241015", "20241016"];

    private static readonly long[] Block417Days =
    [
        20250415, 20250416, 20250423, 20250417, 20250418, 20250421, 20250424, 20250425, 20250504, 20250503,
        20250512, 20250522, 20250524, 20250826, 20250827, 20250828,
    ];

    private static readonly Dictionary<long, (long First, long Last)[]> FullyVignetted = new()
    {
        [20250703] = [(743, 745)],
        [20250704] = [(832, 834)],
        [20250705] = [(1, 736)],
        [20250707] = [(784, 823), (744, 783), (864, 903), (904, 943)],
        [20250714] = [(258, 781)],
        [20250715] = [(205, 1218)],
        [20250819] = [(4, 1052)],
    };

    /// <summary>Applies the corrections.</summary>
    /// <param name="header">The header to correct in memory.</param>
    public static void Apply(HeaderValues header)
    {
        // A FILTER2 without FILTER is a stale wheel position.
        if (!header.Contains("FILTER") && header.IsOk("FILTER2"))
        {
            header.Set("FILTER2", null);
        }

        var dayText = header.String("DAYOBS")?.Trim();
        long? day = long.TryParse(dayText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;
        var seqNum = header.Integer("SEQNUM");

        if (FilterPh05Days.Contains(dayText) && header.String("FILTER") == "ph_05")
        {
            header.Set("FILTER", "ph_5");
        }

        FixRotation(header, day, seqNum);

        if (day == 20250518 || (day is { } vd && seqNum is { } vs && FullyVignetted.TryGetValue(vd, out var ranges) && ranges.Any(r => vs >= r.First && vs <= r.Last)))
        {
            header.Set("VIGN_MIN", "FULLY");
        }

        if (day == 20250609 && seqNum is >= 76 and <= 578)
        {
            header.Set("FILTER", "z_20");
        }

        if (day is { } pd && Block417Days.Contains(pd) && header.String("PROGRAM") == "BLOCK-417")
        {
            header.Set("PROGRAM", "BLOCK-T417");
        }

        if (day == 20260315 && seqNum is >= 49 and <= 109)
        {
            header.Set("FILTER", "i_39");
        }
    }

    private static void FixRotation(HeaderValues header, long? day, long? seqNum)
    {
        if (header.Real("ROTPA") is not { } rotpa || rotpa == 0)
        {
            return;
        }

        if (day is > 20250301 and < 20250422)
        {
            header.Set("ROTPA", rotpa - 90.0);
        }
        else if (day == 20250422 && seqNum < 251)
        {
            // Wrap into [-180, 180) as astropy's Angle.wrap_at("180d").
            var corrected = (rotpa - 180.0 + 180.0) % 360.0;
            header.Set("ROTPA", (corrected < 0 ? corrected + 360.0 : corrected) - 180.0);
        }
    }
}
