using System.Globalization;
using Oods.Core.Metadata;

namespace Oods.Butler.Gen2;

/// <summary>What a Gen2 mapper fixes for raws: registry columns, unique keys and the file template (butler.md §2.2, §2.3).</summary>
internal sealed partial class Gen2Mapper
{
    private readonly bool _perExposureDirectory;

    private Gen2Mapper(string className, IReadOnlyList<Gen2Column> raw, IReadOnlyList<string> unique, IReadOnlyList<string> visit, bool perExposureDirectory)
    {
        ClassName = className;
        RawColumns = raw;
        Unique = unique;
        VisitColumns = raw.Where(c => visit.Contains(c.Name)).ToArray();
        _perExposureDirectory = perExposureDirectory;
    }

    /// <summary>The mapper class written to <c>_mapper</c>.</summary>
    public string ClassName { get; }

    /// <summary>The <c>raw</c> columns after <c>id</c>, in config dict order.</summary>
    public IReadOnlyList<Gen2Column> RawColumns { get; }

    /// <summary>The <c>unique</c> columns of <c>raw</c>.</summary>
    public IReadOnlyList<string> Unique { get; }

    /// <summary>The <c>raw_visit</c> columns, in <c>raw</c> order.</summary>
    public IReadOnlyList<Gen2Column> VisitColumns { get; }

    /// <summary>The columns of <c>raw_visit</c>'s unique constraint: the visit columns that are also unique columns.</summary>
    public IReadOnlyList<string> VisitUnique => Unique.Where(u => VisitColumns.Any(c => c.Name == u)).ToArray();

    /// <summary>The <c>CREATE TABLE</c> statements exactly as RegisterTask issued them (SQLite adds <c>sqlite_sequence</c>).</summary>
    public IReadOnlyList<string> Ddl =>
    [
        "CREATE TABLE raw (id integer primary key autoincrement, "
            + string.Join(',', RawColumns.Select(c => $"{c.Name} {c.Type}"))
            + $", unique({string.Join(',', Unique)}))",
        "CREATE TABLE raw_visit ("
            + string.Join(',', VisitColumns.Select(c => $"{c.Name} {c.Type}"))
            + $", unique({string.Join(',', VisitUnique)}))",
    ];

    /// <summary>The repository-relative path of a raw (w.2020.29+ templates; HDU suffix stripped as getDestination did).</summary>
    /// <param name="dayObs">Observing day, <c>YYYY-MM-DD</c>.</param>
    /// <param name="expId">Exposure id.</param>
    /// <param name="detector">Detector number.</param>
    /// <param name="raftName">Raft name (LSSTCam family).</param>
    /// <param name="detectorName">Detector name in the raft (LSSTCam family).</param>
    /// <returns>The relative path with '/' separators.</returns>
    public string RelativePath(string dayObs, long expId, long detector, string? raftName, string? detectorName)
    {
        var exposure = expId.ToString("D13", CultureInfo.InvariantCulture);
        var det = detector.ToString("D3", CultureInfo.InvariantCulture);
        return _perExposureDirectory
            ? $"raw/{dayObs}/{exposure}/{exposure}-{raftName}-{detectorName}-det{det}.fits"
            : $"raw/{dayObs}/{exposure}-det{det}.fits";
    }

    /// <summary>The repository-relative path of a raw from its metadata.</summary>
    /// <param name="metadata">The translated header.</param>
    /// <returns>The relative path.</returns>
    public string RelativePath(RawMetadata metadata) =>
        RelativePath(
            (string)Gen2Values.Of(metadata, "dayObs"),
            metadata.Exposure.Id,
            metadata.Detector.Id,
            Gen2Values.Of(metadata, "raftName") as string,
            Gen2Values.Of(metadata, "detectorName") as string);
}
