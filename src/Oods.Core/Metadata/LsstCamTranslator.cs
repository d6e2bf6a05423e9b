using Oods.Core.Instruments;

namespace Oods.Core.Metadata;

/// <summary>LSSTCam headers (obs_lsst <c>LsstCamTranslator</c>); also the base of ComCam and the simulated cameras.</summary>
internal class LsstCamTranslator : LsstTranslator
{
    private static readonly DateTime DefaultCameraOnTelescope = new(2025, 3, 1);

    /// <summary>Creates the translator.</summary>
    /// <param name="header">The merged header.</param>
    /// <param name="instrument">LSSTCam or a camera sharing its rules.</param>
    public LsstCamTranslator(HeaderValues header, InstrumentDefinition instrument)
        : base(header, instrument)
    {
    }

    /// <summary>When the camera went onto the telescope; earlier data are lab data.</summary>
    protected virtual DateTime CameraOnTelescope => DefaultCameraOnTelescope;

    /// <inheritdoc/>
    protected override bool CanCheckObservationTypeForCanSeeSky => false;

    /// <summary>First month (YYYYMM) on the mountain's 12-hour day rollover; lab data before it used US/Pacific midnight.</summary>
    protected virtual int CameraShipMonth => 202405;

    /// <summary>Whether the header is from LSSTCam: INSTRUME lsstcam in any case.</summary>
    /// <param name="header">The merged header.</param>
    /// <returns>True for LSSTCam.</returns>
    public static bool CanTranslate(HeaderValues header) =>
        string.Equals(header.String("INSTRUME")?.Trim(), "lsstcam", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    protected override void FixHeader() => LsstCamHeaderFixes.Apply(Header);

    /// <inheritdoc/>
    protected override DetectorRecord Detector()
    {
        var raft = Header.RequiredString("RAFTBAY").Trim();
        var slot = Header.RequiredString("CCDSLOT").Trim();
        var fullName = $"{raft}_{slot}";
        return Instrument.Detectors.FirstOrDefault(d => d.FullName == fullName)
            ?? throw new MetadataException($"RAFTBAY/CCDSLOT name detector {fullName}, which {Instrument.Name} does not have.");
    }

    /// <inheritdoc/>
    protected override string PhysicalFilter()
    {
        var joined = JoinedFilter();

        // An empty slot after the real filter carries no information.
        while (joined.EndsWith("~empty", StringComparison.Ordinal))
        {
            joined = joined[..^"~empty".Length];
        }

        return joined;
    }

    /// <summary>FILTER, FILTER1 and FILTER2 joined with <c>~</c>; <c>unknown</c> when none; NONE written as none.</summary>
    /// <returns>The joined name.</returns>
    protected string JoinedFilter()
    {
        var parts = new List<string>(3);
        foreach (var key in (string[])["FILTER", "FILTER1", "FILTER2"])
        {
            if (Header.String(key) is { } value)
            {
                parts.Add(value);
            }
        }

        var joined = string.Join('~', parts);
        return (joined.Length == 0 ? "unknown" : joined).Replace("NONE", "none", StringComparison.Ordinal);
    }

    /// <inheritdoc/>
    protected override string? ObservationType() =>
        Header.String("IMGTYPE") is { } raw ? NormaliseObservationType(raw) : null;

    /// <inheritdoc/>
    protected override double ExposureTime() =>
        Header.Real("SHUTTIME") is { } shutTime && shutTime > 0.0 ? shutTime : ExposureTimeRequested();

    /// <inheritdoc/>
    protected override double ExposureTimeRequested() =>
        Header.Real("EXPTIME") ?? throw new MetadataException("Required header keyword EXPTIME is missing or not a number.");

    /// <inheritdoc/>
    protected override string ScienceProgram() => Header.String("PROGRAM") ?? Header.String("RUNNUM") ?? "unknown";

    /// <inheritdoc/>
    protected override bool IsOnMountain() =>
        Controller() == "H" || TaiTime.ToCalendar(Begin) > CameraOnTelescope;

    /// <inheritdoc/>
    protected override TimeSpan ObservingDayOffset()
    {
        var begin = TaiTime.ToCalendar(Begin);
        if ((begin.Year * 100) + begin.Month >= CameraShipMonth)
        {
            return RolloverOffset;
        }

        // In the lab the day rolled over at Pacific midnight, 7 or 8 hours after UTC midnight.
        return -PacificTime.GetUtcOffset(DateTime.SpecifyKind(begin, DateTimeKind.Utc));
    }

    /// <inheritdoc/>
    protected override bool? CanSeeSky(string? observationType) => IsOnMountain() ? base.CanSeeSky(observationType) : false;
}
