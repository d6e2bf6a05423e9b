namespace Oods.Core.Instruments;

/// <summary>The LSST Camera: 189 science sensors and 16 corner sensors.</summary>
internal static class LsstCam
{
    /// <summary>Butler name.</summary>
    public const string Name = "LSSTCam";

    /// <summary>The definition (obs_lsst <c>LsstCam</c>).</summary>
    public static InstrumentDefinition Definition { get; } = new()
    {
        Name = Name,
        ClassName = "lsst.obs.lsst.LsstCam",
        FormatterClass = "lsst.obs.lsst.rawFormatter.LsstCamRawFormatter",
        Gen2Mapper = "lsst.obs.lsst.LsstCamMapper",
        DetectorMax = 1000,
        Detectors = CameraGeometry.LsstCamDetectors(Name),
        PhysicalFilters = LsstCamFilters.All,
    };
}
