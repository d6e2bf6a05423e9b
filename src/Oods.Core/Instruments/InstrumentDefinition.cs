using Oods.Core.Metadata;

namespace Oods.Core.Instruments;

/// <summary>What a Butler needs to register an instrument: its row, detectors and physical filters (butler.md §3.6).</summary>
public sealed record InstrumentDefinition
{
    /// <summary>Instrument name (LATISS, LSSTComCam, LSSTCam, ...).</summary>
    public required string Name { get; init; }

    /// <summary>Python class name stored in <c>instrument.class_name</c>, e.g. <c>lsst.obs.lsst.Latiss</c>.</summary>
    public required string ClassName { get; init; }

    /// <summary>Formatter class stored in <c>file_datastore_records.formatter</c>.</summary>
    public required string FormatterClass { get; init; }

    /// <summary>Gen2 mapper class written to <c>_mapper</c>.</summary>
    public required string Gen2Mapper { get; init; }

    /// <summary>Largest exposure id (and visit id).</summary>
    public long ExposureMax { get; init; } = 7050123199999;

    /// <summary>Largest detector id, at least 1.</summary>
    public long DetectorMax { get; init; }

    /// <summary>Visit system (2 = BY_SEQ_START_END).</summary>
    public long VisitSystem { get; init; } = 2;

    /// <summary>All detectors of the instrument.</summary>
    public required IReadOnlyList<DetectorRecord> Detectors { get; init; }

    /// <summary>All physical filters with their bands.</summary>
    public required IReadOnlyList<PhysicalFilter> PhysicalFilters { get; init; }

    /// <summary>The default RUN collection for raws: <c>&lt;instrument&gt;/raw/all</c>.</summary>
    public string RawRun => $"{Name}/raw/all";
}
