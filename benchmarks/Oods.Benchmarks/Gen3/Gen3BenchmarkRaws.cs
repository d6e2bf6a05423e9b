using Oods.Core.Instruments;
using Oods.Core.Metadata;

namespace Oods.Benchmarks.Gen3;

/// <summary>Synthetic ComCam raw metadata with increasing exposure numbers.</summary>
internal static class Gen3BenchmarkRaws
{
    private static readonly InstrumentDefinition Instrument = InstrumentCatalog.Get("LSSTComCam");

    /// <summary>The metadata of detector <paramref name="detector"/> of the <paramref name="sequence"/>-th exposure.</summary>
    public static RawMetadata ComCam(long sequence, long detector)
    {
        var dayObs = 20241027 + (sequence / 99999);
        var seq = 1 + (sequence % 99999);
        return new RawMetadata
        {
            Instrument = Instrument,
            Detector = Instrument.Detectors[(int)detector],
            Band = "r",
            Exposure = new ExposureRecord
            {
                Instrument = Instrument.Name,
                Id = (dayObs * 100000) + seq,
                DayObs = dayObs,
                Group = $"group-{dayObs}-{seq}",
                PhysicalFilter = "r_03",
                ObsId = $"CC_O_{dayObs}_{seq:D6}",
                ExposureTime = 30.0,
                DarkTime = 30.0,
                ObservationType = "science",
                ObservationReason = "science",
                SeqNum = seq,
                SeqStart = seq,
                SeqEnd = seq,
                HasSimulated = false,
                CanSeeSky = true,
                TimespanBegin = 1730070000000000000 + (seq * 40_000_000_000),
                TimespanEnd = 1730070030000000000 + (seq * 40_000_000_000),
            },
        };
    }
}
