using Oods.Core.Instruments;

namespace Oods.Core.Metadata;

/// <summary>LSSTComCam headers (obs_lsst <c>LsstComCamTranslator</c>): LSSTCam rules, ComCam geometry and header fixes.</summary>
internal sealed class ComCamTranslator : LsstCamTranslator
{
    private static readonly DateTime ComCamToChile = new(2020, 3, 13);
    private static readonly DateTime ComCamOnTelescope = new(2024, 8, 24);

    // ComCam's nine sensors never changed, so early files without LSST_NUM get it from the slot.
    private static readonly Dictionary<string, string> DetectorSerials = new(StringComparer.Ordinal)
    {
        ["S00"] = "ITL-3800C-229",
        ["S01"] = "ITL-3800C-251",
        ["S02"] = "ITL-3800C-215",
        ["S10"] = "ITL-3800C-326",
        ["S11"] = "ITL-3800C-283",
        ["S12"] = "ITL-3800C-243",
        ["S20"] = "ITL-3800C-319",
        ["S21"] = "ITL-3800C-209",
        ["S22"] = "ITL-3800C-206",
    };

    /// <summary>Creates the translator.</summary>
    /// <param name="header">The merged header.</param>
    public ComCamTranslator(HeaderValues header)
        : base(header, LsstComCam.Definition)
    {
    }

    /// <inheritdoc/>
    protected override DateTime CameraOnTelescope => ComCamOnTelescope;

    /// <inheritdoc/>
    protected override int CameraShipMonth => 202003;

    /// <summary>Whether the header is from ComCam: INSTRUME comcam on the Simonyi telescope, or TELCODE CC with INSTRUME lsst_camera.</summary>
    /// <param name="header">The merged header.</param>
    /// <returns>True for ComCam.</returns>
    public static new bool CanTranslate(HeaderValues header)
    {
        var instrument = header.String("INSTRUME")?.Trim().ToLowerInvariant();
        if (instrument is null || !header.IsOk("TELESCOP"))
        {
            return false;
        }

        return (instrument == "comcam" && RawTranslator.IsSimonyiTelescope(header))
            || (instrument == "lsst_camera" && header.String("TELCODE")?.Trim() == "CC");
    }

    /// <inheritdoc/>
    protected override void FixHeader()
    {
        var filter = Header.String("FILTER");
        if (filter is null)
        {
            Header.Set("FILTER", "unknown");
        }
        else if (filter is "r" or "")
        {
            // In Chile the wheel reported "r" (a band) or nothing for an empty slot.
            Header.Set("FILTER", TaiTime.ToCalendar(Begin) > ComCamToChile ? "empty" : "r_03");
        }

        if (!Header.Contains("LSST_NUM") && Header.String("CCDSLOT")?.Trim() is { } slot && DetectorSerials.TryGetValue(slot, out var serial))
        {
            Header.Set("LSST_NUM", serial);
        }

        if (Header.Real("ROTPA") is null)
        {
            Header.Set("ROTPA", 0.0);
        }
    }
}
