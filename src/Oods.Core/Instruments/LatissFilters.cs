namespace Oods.Core.Instruments;

/// <summary>LATISS physical filters (obs_lsst <c>filters.py</c> <c>LATISS_FILTER_DEFINITIONS</c>).</summary>
/// <remarks>
/// obs_lsst builds the list as every filter alone, then every filter (except <c>diffuser</c>) joined with every
/// grating, where the 65 mm SDSS gratings only combine with <c>empty</c> and then carry the grating's band.
/// The same construction here keeps the order and the bands identical (707 entries).
/// </remarks>
internal static class LatissFilters
{
    private static readonly PhysicalFilter[] Sdss65mm =
    [
        new("SDSSu_65mm", "u"),
        new("SDSSg_65mm", "g"),
        new("SDSSr_65mm", "r"),
        new("SDSSi_65mm", "i"),
        new("SDSSz_65mm", "z"),
        new("SDSSy_65mm", "y"),
    ];

    private static readonly PhysicalFilter[] Filters =
    [
        new("empty", "white"),
        new("blank_bk7_wg05", "white"),
        new("KPNO_1111_436nm", "g"),
        new("KPNO_373A_677nm", "r"),
        new("KPNO_406_828nm", "z"),
        new("diffuser", "diffuser"),
        new("unknown", "unknown"),
        new("BG40", "g"),
        new("BG40_65mm_1", "g"),
        new("BG40_65mm_2", "g"),
        new("quadnotch1", "notch"),
        new("RG610", "r"),
        new("OG550_65mm_1", "g"),
        new("OG550_65mm_2", "g"),
        new("FELH0600", "r"),
        new("SDSSg", "g"),
        new("SDSSr", "r"),
        new("SDSSi", "i"),
        new("collimator", "white"),
        new("cyl_lens", "white"),
        .. Sdss65mm,
    ];

    private static readonly string[] PlainGratings =
    [
        "ronchi90lpmm", "ronchi170lpmm", "empty", "unknown", "holo4_003", "blue300lpmm_qn1", "holo4_001",
        "pinhole_1_1000", "pinhole_1_0500", "pinhole_1_0200", "pinhole_1_0100",
        "pinhole_2_1_1000", "pinhole_2_1_0500", "pinhole_2_1_0200", "pinhole_2_1_0100",
        "pinhole_2_2_1000", "pinhole_2_2_0500", "pinhole_2_2_0200", "pinhole_2_2_0100",
        "pinhole_2_3_1000", "pinhole_2_3_0500", "pinhole_2_3_0200", "pinhole_2_3_0100",
        "pinhole_2_4_1000", "pinhole_2_4_0500", "pinhole_2_4_0200", "pinhole_2_4_0100",
    ];

    /// <summary>All filters and filter~grating combinations, in obs_lsst order.</summary>
    public static IReadOnlyList<PhysicalFilter> All { get; } = Build();

    private static PhysicalFilter[] Build()
    {
        var all = new List<PhysicalFilter>(Filters);
        foreach (var filter in Filters)
        {
            if (filter.Name == "diffuser")
            {
                continue;
            }

            foreach (var grating in PlainGratings)
            {
                all.Add(new PhysicalFilter($"{filter.Name}~{grating}", filter.Band));
            }

            if (filter.Name == "empty")
            {
                foreach (var grating in Sdss65mm)
                {
                    all.Add(new PhysicalFilter($"{filter.Name}~{grating.Name}", grating.Band));
                }
            }
        }

        return [.. all];
    }
}
