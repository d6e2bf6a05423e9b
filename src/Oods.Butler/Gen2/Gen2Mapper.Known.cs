namespace Oods.Butler.Gen2;

/// <summary>The obs_lsst Gen2 mappers OODS writes for (column sets of obs_lsst w.2020.50).</summary>
internal sealed partial class Gen2Mapper
{
    /// <summary><c>lsst.obs.lsst.latiss.LatissMapper</c> (config/latiss/ingest.py).</summary>
    public static Gen2Mapper Latiss { get; } = new(
        "lsst.obs.lsst.latiss.LatissMapper",
        Columns("dayObs text", "seqNum int", "visit int", "detector int", "detectorName text", "filter text", "dateObs text", "date text", "expTime double", "object text", "imageType text", "wavelength int", "expGroup text", "obsid text", "expId int"),
        ["expId", "visit"],
        ["dayObs", "seqNum", "visit", "detector", "detectorName", "filter", "dateObs", "date", "expTime", "object", "imageType", "wavelength", "expGroup", "obsid", "expId"],
        perExposureDirectory: false);

    /// <summary><c>lsst.obs.lsst.comCam.LsstComCamMapper</c> (config/ingest.py + config/comCam/ingest.py).</summary>
    public static Gen2Mapper ComCam { get; } = LsstCamFamily("lsst.obs.lsst.comCam.LsstComCamMapper");

    /// <summary><c>lsst.obs.lsst.LsstCamMapper</c>, LSSTCam and the BOT (config/ingest.py + config/lsstCam/ingest.py).</summary>
    public static Gen2Mapper LsstCam { get; } = LsstCamFamily("lsst.obs.lsst.LsstCamMapper");

    /// <summary>Finds a mapper by its class name.</summary>
    /// <param name="className">The first line of <c>_mapper</c>.</param>
    /// <returns>The mapper, or null when OODS does not know it.</returns>
    public static Gen2Mapper? Find(string className) =>
        new[] { Latiss, ComCam, LsstCam }.FirstOrDefault(m => m.ClassName == className);

    private static Gen2Mapper LsstCamFamily(string className) => new(
        className,
        Columns("run text", "visit int", "filter text", "date text", "dateObs text", "expTime double", "raftName text", "detectorName text", "detector int", "snap int", "object text", "imageType text", "testType text", "lsstSerial text", "wavelength int", "controller text", "obsid text", "expGroup text", "expId int", "dayObs text", "seqNum int"),
        ["expId", "detector", "visit"],
        ["visit", "filter", "dateObs", "expTime"],
        perExposureDirectory: true);

    private static Gen2Column[] Columns(params string[] definitions) =>
        definitions.Select(d => d.Split(' ')).Select(p => new Gen2Column(p[0], p[1])).ToArray();
}
