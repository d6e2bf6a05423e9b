using System.Globalization;
using Oods.Core.Metadata;
using Oods.Core.Repositories;

namespace Oods.Butler.Gen2;

/// <summary>Fills a Gen2 registry column from a raw's translated header (butler.md §2.4).</summary>
internal static class Gen2Values
{
    /// <summary>The value of one column, as SQLite should store it (text, 64-bit integer, double or null).</summary>
    /// <param name="metadata">The translated header.</param>
    /// <param name="column">The column name.</param>
    /// <returns>The value; <see cref="DBNull"/> when the header has none.</returns>
    /// <exception cref="RepositoryException">The translator gave no Gen2 fields, or the column is unknown.</exception>
    public static object Of(RawMetadata metadata, string column)
    {
        var gen2 = metadata.Gen2 ?? throw new RepositoryException($"{metadata.Exposure.ObsId}: the header translation has no Gen2 fields");
        var exposure = metadata.Exposure;
        object? value = column switch
        {
            "run" => gen2.Run,
            "visit" => gen2.Visit,
            "filter" => exposure.PhysicalFilter,
            "date" or "dateObs" => gen2.DateObs,
            "expTime" => gen2.ExposureTime ?? exposure.ExposureTime,
            "raftName" => gen2.RaftName ?? metadata.Detector.Raft,
            "detectorName" => gen2.DetectorName ?? metadata.Detector.NameInRaft,
            "detector" => metadata.Detector.Id,
            "snap" => gen2.Snap,
            "object" => gen2.ObjectName,
            "imageType" => gen2.ImageType,
            "testType" => gen2.TestType,
            "lsstSerial" => gen2.LsstSerial,
            "wavelength" => gen2.Wavelength,
            "controller" => gen2.Controller,
            "obsid" => exposure.ObsId,
            "expGroup" => exposure.Group,
            "expId" => exposure.Id,
            "dayObs" => gen2.DayObs ?? DayObsText(exposure.DayObs),
            "seqNum" => exposure.SeqNum,
            _ => throw new RepositoryException($"Gen2 column {column} is not known to OODS"),
        };
        return value ?? DBNull.Value;
    }

    private static string DayObsText(long dayObs) =>
        string.Create(CultureInfo.InvariantCulture, $"{dayObs / 10000:D4}-{dayObs / 100 % 100:D2}-{dayObs % 100:D2}");
}
