using System.Globalization;

namespace Oods.Core.Metadata;

/// <summary>The Gen2 registry columns (obs_lsst w.2020.50 <c>ingest.py</c> parse rules, butler.md §2.4).</summary>
internal abstract partial class LsstTranslator
{
    /// <summary>The Gen2 detector name: CCDSLOT (LATISS overrides with S00).</summary>
    /// <param name="detector">The Gen3 detector.</param>
    /// <returns>The name.</returns>
    protected virtual string Gen2DetectorName(DetectorRecord detector) => detector.NameInRaft;

    private Gen2Fields Gen2(ExposureRecord exposure, DetectorRecord detector, string group)
    {
        var imageType = exposure.ObservationType?.ToUpperInvariant();
        return new Gen2Fields
        {
            Visit = VisitIds.FromGroup(group),
            DateObs = TaiTime.ToIsoMilliseconds(Begin),
            DayObs = FormatDayObs(exposure.DayObs),
            ExposureTime = ExposureTime(),
            ImageType = imageType == "SCIENCE" ? "SKYEXP" : imageType,
            TestType = exposure.ObservationReason?.ToUpperInvariant(),
            LsstSerial = DetectorSerial(),
            Wavelength = Wavelength(),
            Controller = Gen2Controller(),
            Snap = Header.Integer("SNAP") ?? 0,
            ObjectName = Header.String("OBJECT") ?? "UNKNOWN",
            Run = exposure.ScienceProgram,
            DetectorName = Gen2DetectorName(detector),
            RaftName = detector.Raft,
        };
    }

    private long Wavelength()
    {
        // Python's round() is round-half-to-even.
        var monowl = Header.Real("MONOWL");
        return monowl is { } value && value >= 0 ? (long)Math.Round(value, MidpointRounding.ToEven) : -666;
    }

    private string Gen2Controller()
    {
        if (!Header.Contains("CONTRLLR"))
        {
            return "C";
        }

        var controller = Controller();
        if (!string.IsNullOrEmpty(controller))
        {
            return controller;
        }

        // A blank CONTRLLR: use the OBSID's controller token (AT_O_…) when it is one character.
        var tokens = (Header.String("OBSID") ?? string.Empty).Split('_');
        return tokens.Length > 1 && tokens[1].Length == 1 ? tokens[1] : "O";
    }

    private static string FormatDayObs(long dayObs) =>
        string.Create(CultureInfo.InvariantCulture, $"{dayObs / 10000:D4}-{dayObs / 100 % 100:D2}-{dayObs % 100:D2}");
}
