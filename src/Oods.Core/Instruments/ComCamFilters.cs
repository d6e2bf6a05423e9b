namespace Oods.Core.Instruments;

/// <summary>LSSTComCam physical filters (obs_lsst <c>filters.py</c> <c>COMCAM_FILTER_DEFINITIONS</c>, 15 entries).</summary>
internal static class ComCamFilters
{
    /// <summary>All ComCam physical filters, in obs_lsst order (serial-numbered filters grouped by band).</summary>
    public static IReadOnlyList<PhysicalFilter> All { get; } =
    [
        new("empty", "white"),
        new("none", "white"),
        new("unknown", "unknown"),
        new("pinhole", "white"),
        new("OG590_2_5mm", "OG590"),
        new("u_05", "u"),
        new("u_02", "u"),
        new("u_06", "u"),
        new("g_07", "g"),
        new("g_01", "g"),
        new("r_03", "r"),
        new("i_06", "i"),
        new("z_03", "z"),
        new("z_02", "z"),
        new("y_04", "y"),
    ];
}
