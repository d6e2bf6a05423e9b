using Oods.Core.Instruments;

namespace Oods.Core.Metadata;

/// <summary>Everything OODS derives from one raw's header: its Gen3 records and the Gen2 registry fields.</summary>
public sealed record RawMetadata
{
    /// <summary>The instrument the header belongs to.</summary>
    public required InstrumentDefinition Instrument { get; init; }

    /// <summary>The exposure record.</summary>
    public required ExposureRecord Exposure { get; init; }

    /// <summary>The detector record.</summary>
    public required DetectorRecord Detector { get; init; }

    /// <summary>The band of the physical filter.</summary>
    public required string Band { get; init; }

    /// <summary>Gen2 registry fields (butler.md §2.4) that the Gen3 records do not carry.</summary>
    public Gen2Fields? Gen2 { get; init; }
}
