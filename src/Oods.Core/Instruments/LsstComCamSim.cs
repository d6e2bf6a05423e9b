namespace Oods.Core.Instruments;

/// <summary>Simulated ComCam data: ComCam geometry and filters.</summary>
/// <remarks>Gen2 never had a simulation mapper; the mapper of the real camera with the same geometry is used.</remarks>
internal static class LsstComCamSim
{
    /// <summary>Butler name.</summary>
    public const string Name = "LSSTComCamSim";

    /// <summary>The definition (obs_lsst <c>LsstComCamSim</c>).</summary>
    public static InstrumentDefinition Definition { get; } = new()
    {
        Name = Name,
        ClassName = "lsst.obs.lsst.LsstComCamSim",
        FormatterClass = "lsst.obs.lsst.rawFormatter.LsstComCamSimRawFormatter",
        Gen2Mapper = "lsst.obs.lsst.comCam.LsstComCamMapper",
        DetectorMax = 1000,
        Detectors = CameraGeometry.ComCamDetectors(Name),
        PhysicalFilters = ComCamFilters.All,
    };
}
