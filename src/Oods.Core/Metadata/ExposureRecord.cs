namespace Oods.Core.Metadata;

/// <summary>
/// A Gen3 <c>exposure</c> dimension record, named as the universe-7 table's columns.
/// Timespans are nanoseconds since 1970-01-01T00:00:00 TAI (daf_butler's encoding).
/// </summary>
public sealed record ExposureRecord
{
    /// <summary>Instrument name, e.g. <c>LATISS</c>.</summary>
    public required string Instrument { get; init; }

    /// <summary>Exposure id (butler.md §4.2).</summary>
    public required long Id { get; init; }

    /// <summary>Observing day as YYYYMMDD.</summary>
    public required long DayObs { get; init; }

    /// <summary>Exposure group name (GROUPID, else the exposure id as text).</summary>
    public required string Group { get; init; }

    /// <summary>Physical filter name.</summary>
    public required string PhysicalFilter { get; init; }

    /// <summary>Observation id (OBSID).</summary>
    public required string ObsId { get; init; }

    /// <summary>Exposure time in seconds.</summary>
    public double? ExposureTime { get; init; }

    /// <summary>Dark time in seconds.</summary>
    public double? DarkTime { get; init; }

    /// <summary>Observation type, lower case (bias, flat, science, ...).</summary>
    public string? ObservationType { get; init; }

    /// <summary>Observation reason, lower case.</summary>
    public string? ObservationReason { get; init; }

    /// <summary>Sequence number within the day.</summary>
    public long? SeqNum { get; init; }

    /// <summary>First sequence number of the sequence this exposure belongs to.</summary>
    public long? SeqStart { get; init; }

    /// <summary>Last sequence number of the sequence this exposure belongs to.</summary>
    public long? SeqEnd { get; init; }

    /// <summary>Target name (OBJECT).</summary>
    public string? TargetName { get; init; }

    /// <summary>Science program.</summary>
    public string? ScienceProgram { get; init; }

    /// <summary>Tracking right ascension, degrees (ICRS).</summary>
    public double? TrackingRa { get; init; }

    /// <summary>Tracking declination, degrees (ICRS).</summary>
    public double? TrackingDec { get; init; }

    /// <summary>Sky rotation angle, degrees.</summary>
    public double? SkyAngle { get; init; }

    /// <summary>Azimuth at start, degrees.</summary>
    public double? Azimuth { get; init; }

    /// <summary>Zenith angle at start, degrees.</summary>
    public double? ZenithAngle { get; init; }

    /// <summary>Whether any part of the data was simulated.</summary>
    public bool? HasSimulated { get; init; }

    /// <summary>Whether the detector could see the sky.</summary>
    public bool? CanSeeSky { get; init; }

    /// <summary>Begin of the exposure, ns since 1970-01-01 TAI.</summary>
    public long? TimespanBegin { get; init; }

    /// <summary>End of the exposure (exclusive), ns since 1970-01-01 TAI.</summary>
    public long? TimespanEnd { get; init; }
}
