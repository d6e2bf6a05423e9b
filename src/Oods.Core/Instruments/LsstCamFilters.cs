namespace Oods.Core.Instruments;

/// <summary>LSSTCam physical filters (obs_lsst <c>filters.py</c> <c>LSSTCAM_FILTER_DEFINITIONS</c>).</summary>
/// <remarks>
/// Built the way obs_lsst builds it so that order and bands match (276 entries): no-filter entries, the
/// baseline filters, the BOT projector filters each alone and with every neutral-density filter, then the
/// CCOB combinations.
/// </remarks>
internal static class LsstCamFilters
{
    private static readonly PhysicalFilter[] NoFilter = [new("empty", "white"), new("none", "white")];

    private static readonly PhysicalFilter[] Baseline =
    [
        new("ph_5", "white"),
        new("ef_43", "white"),
        new("u_24", "u"),
        new("g_6", "g"),
        new("r_57", "r"),
        new("i_39", "i"),
        new("z_20", "z"),
        new("y_10", "y"),
    ];

    private static readonly (string Filter, string Band)[] Bot =
    [
        ("empty", "white"), ("SDSSu", "u"), ("SDSSg", "g"), ("SDSSr", "r"), ("SDSSi", "i"), ("SDSSz", "z"),
        ("SDSSY", "y"), ("480nm", "g"), ("650nm", "r"), ("750nm", "i"), ("870nm", "z"), ("950nm", "y"),
        ("970nm", "y"), ("grid", "grid"), ("spot", "spot"), ("sparsegrid", "sparsegrid"), ("streak", "streak"),
        ("ellipses", "ellipses"),
    ];

    private static readonly string[] NeutralDensity =
    [
        "ND_OD0.1", "ND_OD0.3", "ND_OD0.5", "ND_OD0.7", "ND_OD1.0", "ND_OD2.0",
        "ND_OD0.01", "ND_OD0.05", "ND_OD0.4", "ND_OD3.0", "ND_OD4.0",
    ];

    private static readonly (string Filter, string Band)[] Ccob =
    [
        ("HIGH", "white"), ("LOW", "white"), ("uv", "u"), ("blue", "g"), ("red", "r"), ("nm750", "i"),
        ("nm850", "z"), ("nm960", "y"),
    ];

    /// <summary>All LSSTCam physical filters, in obs_lsst order.</summary>
    public static IReadOnlyList<PhysicalFilter> All { get; } = Build();

    private static PhysicalFilter[] Build()
    {
        var all = new List<PhysicalFilter>(NoFilter);
        all.AddRange(Baseline);
        all.Add(new PhysicalFilter("unknown", "unknown"));
        AddBot(all);
        AddCcob(all);
        return [.. all];
    }

    private static void AddBot(List<PhysicalFilter> all)
    {
        // obs_lsst groups BOT filters by band in first-seen band order, so 480nm follows SDSSg, not SDSSY.
        var bands = new List<string>();
        var byBand = new Dictionary<string, List<PhysicalFilter>>(StringComparer.Ordinal);
        foreach (var (filter, band) in Bot)
        {
            if (filter != "empty")
            {
                Add(band, new PhysicalFilter(filter, band));
            }

            foreach (var nd in NeutralDensity)
            {
                // With no projector filter the ND filter stands alone.
                var name = band == "white" ? nd : $"{filter}~{nd}";
                Add($"{band}~nd", new PhysicalFilter(name, $"{band}~nd"));
            }
        }

        foreach (var band in bands)
        {
            all.AddRange(byBand[band]);
        }

        void Add(string band, PhysicalFilter filter)
        {
            if (!byBand.TryGetValue(band, out var list))
            {
                list = [];
                byBand.Add(band, list);
                bands.Add(band);
            }

            list.Add(filter);
        }
    }

    private static void AddCcob(List<PhysicalFilter> all)
    {
        foreach (var lsst in NoFilter.Concat(Baseline))
        {
            var prefix = lsst.Name == "empty" ? string.Empty : lsst.Name;
            foreach (var (ccob, ccobBand) in Ccob)
            {
                // A real filter combines only with the white CCOB sources and the LED of its own band.
                if (lsst.Band != "white" && ccobBand != "white" && lsst.Band != ccobBand)
                {
                    continue;
                }

                var name = prefix.Length == 0 ? ccob : $"{prefix}~{ccob}";
                all.Add(new PhysicalFilter(name, lsst.Band == "white" ? ccobBand : lsst.Band));
            }
        }
    }
}
