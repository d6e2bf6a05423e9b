using System.Globalization;
using Oods.Core.Instruments;

namespace Oods.Core.Metadata;

/// <summary>
/// Translation shared by the Rubin cameras (obs_lsst <c>LsstBaseTranslator</c>): ids, times, group, pointing.
/// Subclasses supply the per-camera rules (filter, detector, exposure time, header fixes).
/// </summary>
/// <remarks>
/// Split by concern into <c>LsstTranslator.*.cs</c>. Each property is computed from the corrected header on
/// demand; a translator instance serves one header and is thrown away.
/// </remarks>
internal abstract partial class LsstTranslator
{
    /// <summary>Day-rollover offset used when a header has no DAYOBS (SITCOMTN-032).</summary>
    protected static readonly TimeSpan RolloverOffset = TimeSpan.FromHours(12);

    private static readonly string[] NonSkyObservationTypes = ["bias", "dark", "flat"];

    private long? _begin;

    /// <summary>Creates a translator for one merged header.</summary>
    /// <param name="header">The merged header.</param>
    /// <param name="instrument">The instrument the header belongs to.</param>
    protected LsstTranslator(HeaderValues header, InstrumentDefinition instrument)
    {
        Header = header;
        Instrument = instrument;
    }

    /// <summary>The corrected header.</summary>
    protected HeaderValues Header { get; }

    /// <summary>The instrument.</summary>
    protected InstrumentDefinition Instrument { get; }

    /// <summary>Whether the observation type alone may decide <c>can_see_sky</c> when no header says.</summary>
    protected virtual bool CanCheckObservationTypeForCanSeeSky => true;

    /// <summary>Whether every exposure of this instrument is simulated (the sim cameras).</summary>
    protected virtual bool AlwaysSimulated => false;

    /// <summary>Begin of the exposure, ns since 1970 TAI.</summary>
    protected long Begin => _begin ??= ComputeBegin();

    /// <summary>Applies the instrument's <c>fix_header</c> corrections; called once before anything is read.</summary>
    protected abstract void FixHeader();

    /// <summary>The detector the header describes.</summary>
    /// <returns>The detector record.</returns>
    protected abstract DetectorRecord Detector();

    /// <summary>The physical filter (§4.4).</summary>
    /// <returns>The filter name.</returns>
    protected abstract string PhysicalFilter();

    /// <summary>The observation type, lower case; null when the header does not say.</summary>
    /// <returns>The type or null.</returns>
    protected abstract string? ObservationType();

    /// <summary>The translator's <c>exposure_time</c> in seconds (used for the end time and Gen2 <c>expTime</c>).</summary>
    /// <returns>Seconds.</returns>
    protected abstract double ExposureTime();

    /// <summary>The requested exposure time (<c>exposure_time_requested</c>), stored in the Gen3 record.</summary>
    /// <returns>Seconds.</returns>
    protected virtual double ExposureTimeRequested() => ExposureTime();

    /// <summary>The dark time: DARKTIME, else the exposure time.</summary>
    /// <returns>Seconds.</returns>
    protected virtual double DarkTime() => Header.Real("DARKTIME") ?? ExposureTime();

    /// <summary>The observation id.</summary>
    /// <returns>OBSID.</returns>
    protected virtual string ObservationId() => Header.RequiredString("OBSID");

    /// <summary>The target name: OBJECT, default UNKNOWN.</summary>
    /// <returns>The name or null.</returns>
    protected virtual string? TargetName() => Header.String("OBJECT") ?? "UNKNOWN";

    /// <summary>The science program.</summary>
    /// <returns>PROGRAM, default <c>unknown</c>.</returns>
    protected virtual string ScienceProgram() => Header.String("PROGRAM") ?? "unknown";

    /// <summary>The boresight rotation angle in degrees (ROTPA, ROTANGLE).</summary>
    /// <returns>Degrees, or null.</returns>
    protected virtual double? RotationAngle() => Header.Real("ROTPA") ?? Header.Real("ROTANGLE");

    /// <summary>The detector serial (LSST_NUM).</summary>
    /// <returns>The serial or null.</returns>
    protected virtual string? DetectorSerial() => Header.String("LSST_NUM");

    /// <summary>Whether the instrument was on the telescope when the data were taken.</summary>
    /// <returns>True on the mountain.</returns>
    protected virtual bool IsOnMountain() => !Header.Contains("TSTAND");

    /// <summary>The observing-day rollover offset for this exposure.</summary>
    /// <returns>The offset.</returns>
    protected virtual TimeSpan ObservingDayOffset() => RolloverOffset;

    /// <summary>Translates the header.</summary>
    /// <returns>The records and Gen2 fields.</returns>
    public RawMetadata Translate()
    {
        FixHeader();
        _begin = null;

        var exposureId = ExposureId();
        var group = ExposureGroup(exposureId);
        var physicalFilter = PhysicalFilter();
        var band = Instrument.PhysicalFilters.FirstOrDefault(f => f.Name == physicalFilter)?.Band
            ?? throw new MetadataException($"Physical filter '{physicalFilter}' is not registered for {Instrument.Name}.");
        var observationType = ObservationType();
        var (ra, dec) = TrackingRaDec(observationType);
        var (zenith, azimuth) = AltAzBegin(observationType);
        var exposure = new ExposureRecord
        {
            Instrument = Instrument.Name,
            Id = exposureId,
            DayObs = ObservingDay(),
            Group = group,
            PhysicalFilter = physicalFilter,
            ObsId = ObservationId(),
            ExposureTime = ExposureTimeRequested(),
            DarkTime = DarkTime(),
            ObservationType = observationType,
            ObservationReason = ObservationReason(observationType),
            SeqNum = ObservationCounter(),
            SeqStart = GroupCounterStart(exposureId),
            SeqEnd = GroupCounterEnd(exposureId),
            TargetName = TargetName(),
            ScienceProgram = ScienceProgram(),
            TrackingRa = ra,
            TrackingDec = dec,
            SkyAngle = ra is null ? null : SkyAngle(observationType),
            ZenithAngle = zenith,
            Azimuth = azimuth,
            HasSimulated = HasSimulatedContent(),
            CanSeeSky = CanSeeSky(observationType),
            TimespanBegin = Begin,
            TimespanEnd = End(),
        };
        var detector = Detector();
        return new RawMetadata
        {
            Instrument = Instrument,
            Exposure = exposure,
            Detector = detector,
            Band = band,
            Gen2 = Gen2(exposure, detector, group),
        };
    }

    /// <summary>The controller code (CONTRLLR, trailing blanks trimmed), or null when absent.</summary>
    /// <returns>The code.</returns>
    protected string? Controller() => Header.String("CONTRLLR")?.Trim();

    /// <summary>Whether the exposure is an on-sky observation.</summary>
    /// <param name="observationType">The observation type.</param>
    /// <returns>False for local tracking, bias/dark/flat, or lab data.</returns>
    protected bool IsOnSky(string? observationType)
    {
        if (string.Equals(Header.String("TRACKSYS"), "local", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return !NonSkyObservationTypes.Contains(observationType) && IsOnMountain();
    }

    /// <summary>Lower-cases IMGTYPE-style values, mapping <c>object</c>/<c>skyexp</c> to <c>science</c>.</summary>
    /// <param name="raw">The header value.</param>
    /// <returns>The normalised type.</returns>
    protected static string NormaliseObservationType(string raw)
    {
        var type = raw.Trim().ToLowerInvariant();
        return type is "skyexp" or "object" ? "science" : type;
    }

    private long ExposureId()
    {
        if (Header.Contains("CALIB_ID"))
        {
            throw new MetadataException("Header has CALIB_ID: it describes a calibration product, not a raw exposure.");
        }

        var dayObs = Header.RequiredString("DAYOBS");
        var seqNum = Header.Integer("SEQNUM")
            ?? throw new MetadataException("Required header keyword SEQNUM is missing or not an integer.");
        return ExposureIds.Compute(dayObs, seqNum, Controller());
    }

    private string ExposureGroup(long exposureId)
    {
        // A blank GROUPID cannot be a Butler group name (length >= 1), so it counts as missing.
        var group = Header.String("GROUPID");
        return string.IsNullOrWhiteSpace(group) ? exposureId.ToString(CultureInfo.InvariantCulture) : group;
    }

    private long ObservingDay()
    {
        var dayObs = Header.String("DAYOBS");
        if (dayObs is not null && long.TryParse(dayObs.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            return day;
        }

        return TaiTime.ObservingDay(Begin, ObservingDayOffset());
    }

    private long ObservationCounter() => Header.Integer("SEQNUM") ?? 0;

    private long GroupCounterStart(long exposureId)
    {
        var counter = ObservationCounter();
        if (Header.Integer("CURINDEX") is { } current)
        {
            // CURINDEX is 1-based.
            return counter - current + 1;
        }

        // A zero counter would merge everything into one visit; the exposure id keeps it unique.
        return counter != 0 ? counter : exposureId;
    }

    private long GroupCounterEnd(long exposureId)
    {
        var counter = ObservationCounter();
        if (Header.Integer("CURINDEX") is { } current && Header.Integer("MAXINDEX") is { } max)
        {
            return counter + max - current;
        }

        return counter != 0 ? counter : exposureId;
    }

    private string? ObservationReason(string? observationType)
    {
        foreach (var key in (string[])["REASON", "TESTTYPE"])
        {
            if (Header.String(key) is { } reason)
            {
                return reason.Trim().ToLowerInvariant();
            }
        }

        if (observationType is null)
        {
            return null;
        }

        return observationType == "science" ? "science" : "unknown";
    }

    private bool HasSimulatedContent()
    {
        if (AlwaysSimulated || Header.AnySimulateFlag())
        {
            return true;
        }

        var controller = Controller();
        return !string.IsNullOrEmpty(controller) && ExposureIds.SimulatedControllers.Contains(controller, StringComparison.Ordinal);
    }

    /// <summary>Whether the detector could see the sky (<c>can_see_sky</c>): shutter, vignetting, then observation type.</summary>
    /// <param name="observationType">The observation type.</param>
    /// <returns>True, false, or null when unknown.</returns>
    protected virtual bool? CanSeeSky(string? observationType)
    {
        if (Header.Real("SHUTTIME") == 0.0)
        {
            // The shutter never opened.
            return false;
        }

        if (Header.String("VIGN_MIN") is { } vignetted)
        {
            return vignetted switch
            {
                "FULLY" => false,
                "UNKNOWN" => null,
                _ => true,
            };
        }

        if (CanCheckObservationTypeForCanSeeSky || Controller() == "H")
        {
            if (observationType is "science" or "object")
            {
                return true;
            }

            return NonSkyObservationTypes.Contains(observationType) ? false : null;
        }

        return null;
    }
}
