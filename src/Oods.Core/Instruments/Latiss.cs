using Oods.Core.Metadata;

namespace Oods.Core.Instruments;

/// <summary>The LATISS (AuxTel) instrument: one detector, filters joined with gratings.</summary>
internal static class Latiss
{
    /// <summary>Butler name.</summary>
    public const string Name = "LATISS";

    /// <summary>The definition (obs_lsst <c>Latiss</c>).</summary>
    public static InstrumentDefinition Definition { get; } = new()
    {
        Name = Name,
        ClassName = "lsst.obs.lsst.Latiss",
        FormatterClass = "lsst.obs.lsst.rawFormatter.LatissRawFormatter",
        Gen2Mapper = "lsst.obs.lsst.latiss.LatissMapper",
        DetectorMax = 1,
        Detectors = [new DetectorRecord(Name, 0, "RXX_S00", "RXX_S00", null, "SCIENCE")],
        PhysicalFilters = LatissFilters.All,
    };
}
