using Oods.Core.Instruments;

namespace Oods.Core.Metadata;

/// <summary>LATISS (AuxTel) headers (obs_lsst <c>LatissTranslator</c>): one fixed detector, filter joined with grating.</summary>
internal sealed partial class LatissTranslator : LsstTranslator
{
    private static readonly DateTime OnMountainFrom = new(2020, 1, 1);

    /// <summary>Creates the translator.</summary>
    /// <param name="header">The merged header.</param>
    public LatissTranslator(HeaderValues header)
        : base(header, Latiss.Definition)
    {
    }

    /// <summary>Whether the header is from LATISS: INSTRUME LATISS/LSST_ATISS or DETNAME RXX_S00.</summary>
    /// <param name="header">The merged header.</param>
    /// <returns>True for LATISS.</returns>
    public static bool CanTranslate(HeaderValues header) =>
        header.String("INSTRUME") is "LSST_ATISS" or "LATISS" || header.String("DETNAME") == "RXX_S00";

    /// <inheritdoc/>
    protected override DetectorRecord Detector() => Instrument.Detectors[0];

    /// <inheritdoc/>
    protected override string Gen2DetectorName(DetectorRecord detector) => "S00";

    /// <inheritdoc/>
    protected override string PhysicalFilter()
    {
        var filter = PrimaryFilter();
        string grating;
        if (Header.IsOk("GRATING"))
        {
            grating = Header.String("GRATING")!;
            if (grating.Length == 0 || grating.StartsWith("empty", StringComparison.OrdinalIgnoreCase))
            {
                grating = "empty";
            }
        }
        else
        {
            grating = "unknown";
        }

        return $"{filter}~{grating}";
    }

    /// <inheritdoc/>
    protected override string? ObservationType()
    {
        foreach (var key in (string[])["OBSTYPE", "IMGTYPE"])
        {
            if (Header.String(key) is { } raw)
            {
                var type = raw.Trim().ToLowerInvariant();
                if (type == "object" && !IsOnMountain())
                {
                    return "labobject";
                }

                return NormaliseObservationType(type);
            }
        }

        // No type in the header: lab convention is a zero-second exposure is a bias.
        return ExposureTime() == 0.0 ? "bias" : "unknown";
    }

    /// <inheritdoc/>
    protected override double ExposureTime() => Header.Real("EXPTIME") ?? -1.0;

    /// <inheritdoc/>
    protected override double DarkTime()
    {
        // A dark time shorter than the exposure is a header error; obs_lsst then uses the exposure time.
        var exposureTime = ExposureTime();
        return Header.Real("DARKTIME") is { } dark && dark >= exposureTime ? dark : exposureTime;
    }

    /// <inheritdoc/>
    protected override string ObservationId() =>
        Header.String("OBSID") ?? Header.String("IMGNAME")
        ?? throw new MetadataException("Required header keyword OBSID (or IMGNAME) is missing or undefined.");

    /// <inheritdoc/>
    protected override string? TargetName()
    {
        if (Header.String("OBJECT") is { } target)
        {
            return target;
        }

        // obs_lsst refuses to default the target of a science exposure taken on the mountain.
        return ObservationType() == "science" && IsOnMountain() ? null : "UNKNOWN";
    }

    /// <inheritdoc/>
    protected override string? DetectorSerial() => Header.String("LSST_NUM") ?? Header.String("DETSER");

    /// <inheritdoc/>
    protected override bool IsOnMountain() => TaiTime.ToCalendar(Begin) > OnMountainFrom;

    private string PrimaryFilter()
    {
        if (!Header.IsOk("FILTER"))
        {
            return "unknown";
        }

        var filter = Header.String("FILTER")!;
        return IsEmptyFilter(filter) ? "empty" : filter;
    }

    /// <summary>Whether a filter value names an empty slot (<c>empty</c>, <c>empty_2</c>, <c>EMPTY3</c>).</summary>
    /// <param name="filter">The header value.</param>
    /// <returns>True for an empty slot.</returns>
    internal static bool IsEmptyFilter(string filter)
    {
        var lower = filter.ToLowerInvariant();
        if (!lower.StartsWith("empty", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = lower.AsSpan(5);
        if (rest.StartsWith("_"))
        {
            rest = rest[1..];
        }

        foreach (var c in rest)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
