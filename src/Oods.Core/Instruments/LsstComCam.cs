namespace Oods.Core.Instruments;

/// <summary>The LSST Commissioning Camera (one raft, R22).</summary>
internal static class LsstComCam
{
    /// <summary>Butler name.</summary>
    public const string Name = "LSSTComCam";

    /// <summary>The definition (obs_lsst <c>LsstComCam</c>).</summary>
    public static InstrumentDefinition Definition { get; } = new()
    {
        Name = Name,
        ClassName = "lsst.obs.lsst.LsstComCam",
        FormatterClass = "lsst.obs.lsst.rawFormatter.LsstComCamRawFormatter",
        Gen2Mapper = "lsst.obs.lsst.comCam.LsstComCamMapper",
        DetectorMax = 1000,
        Detectors = CameraGeometry.ComCamDetectors(Name),
        PhysicalFilters = ComCamFilters.All,
    };
}
