namespace Oods.Core.Metadata;

/// <summary>The Gen2 registry columns that are not in the Gen3 records (butler.md §2.4).</summary>
public sealed record Gen2Fields
{
    /// <summary>Gen2 <c>visit</c>: the visit id from GROUPID, else the exposure id.</summary>
    public long Visit { get; init; }

    /// <summary>Begin time as ISO-8601 TAI with milliseconds, no zone (<c>date</c> and <c>dateObs</c>).</summary>
    public string? DateObs { get; init; }

    /// <summary>Observation type upper case, SCIENCE written as SKYEXP.</summary>
    public string? ImageType { get; init; }

    /// <summary>Observation reason upper case.</summary>
    public string? TestType { get; init; }

    /// <summary>Detector serial (LSST_NUM).</summary>
    public string? LsstSerial { get; init; }

    /// <summary>Monochromator wavelength rounded, -666 when absent.</summary>
    public long Wavelength { get; init; } = -666;

    /// <summary>Controller letter.</summary>
    public string? Controller { get; init; }

    /// <summary>Snap number (SNAP, else 0).</summary>
    public long Snap { get; init; }

    /// <summary>Object name (OBJECT, default UNKNOWN).</summary>
    public string? ObjectName { get; init; }

    /// <summary>Run (science program) for LSSTCam-family mappers.</summary>
    public string? Run { get; init; }

    /// <summary>Observing day as <c>YYYY-MM-DD</c> (<c>dayObs</c>).</summary>
    public string? DayObs { get; init; }

    /// <summary>The translator's exposure time in seconds (<c>expTime</c>; LSSTCam family prefers SHUTTIME when positive).</summary>
    public double? ExposureTime { get; init; }

    /// <summary>Detector name within its raft (<c>detectorName</c>): CCDSLOT, or <c>S00</c> for LATISS.</summary>
    public string? DetectorName { get; init; }

    /// <summary>Raft name (<c>raftName</c>, RAFTBAY); null for LATISS.</summary>
    public string? RaftName { get; init; }
}
