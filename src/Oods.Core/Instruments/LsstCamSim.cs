namespace Oods.Core.Instruments;

/// <summary>Simulated LSSTCam data: LSSTCam geometry and filters.</summary>
/// <remarks>Gen2 never had a simulation mapper; the mapper of the real camera with the same geometry is used.</remarks>
internal static class LsstCamSim
{
    /// <summary>Butler name.</summary>
    public const string Name = "LSSTCamSim";

    /// <summary>The definition (obs_lsst <c>LsstCamSim</c>).</summary>
    public static InstrumentDefinition Definition { get; } = new()
    {
        Name = Name,
        ClassName = "lsst.obs.lsst.LsstCamSim",
        FormatterClass = "lsst.obs.lsst.rawFormatter.LsstCamSimRawFormatter",
        Gen2Mapper = "lsst.obs.lsst.LsstCamMapper",
        DetectorMax = 1000,
        Detectors = CameraGeometry.LsstCamDetectors(Name),
        PhysicalFilters = LsstCamFilters.All,
    };
}
