using Oods.Core.Instruments;

namespace Oods.Core.Tests.Instruments;

public sealed class InstrumentCatalogTests
{
    [Theory]
    [InlineData("LATISS", "lsst.obs.lsst.Latiss", "lsst.obs.lsst.rawFormatter.LatissRawFormatter", "lsst.obs.lsst.latiss.LatissMapper", 1)]
    [InlineData("LSSTComCam", "lsst.obs.lsst.LsstComCam", "lsst.obs.lsst.rawFormatter.LsstComCamRawFormatter", "lsst.obs.lsst.comCam.LsstComCamMapper", 1000)]
    [InlineData("LSSTCam", "lsst.obs.lsst.LsstCam", "lsst.obs.lsst.rawFormatter.LsstCamRawFormatter", "lsst.obs.lsst.LsstCamMapper", 1000)]
    [InlineData("LSSTComCamSim", "lsst.obs.lsst.LsstComCamSim", "lsst.obs.lsst.rawFormatter.LsstComCamSimRawFormatter", "lsst.obs.lsst.comCam.LsstComCamMapper", 1000)]
    [InlineData("LSSTCamSim", "lsst.obs.lsst.LsstCamSim", "lsst.obs.lsst.rawFormatter.LsstCamSimRawFormatter", "lsst.obs.lsst.LsstCamMapper", 1000)]
    public void Get_NameOrClassPath_ReturnsSameDefinition(string name, string className, string formatter, string mapper, long detectorMax)
    {
        var byName = InstrumentCatalog.Get(name);
        var byClass = InstrumentCatalog.Get(className);

        Assert.Same(byName, byClass);
        Assert.Equal(name, byName.Name);
        Assert.Equal(className, byName.ClassName);
        Assert.Equal(formatter, byName.FormatterClass);
        Assert.Equal(mapper, byName.Gen2Mapper);
        Assert.Equal(detectorMax, byName.DetectorMax);
        Assert.Equal(7050123199999, byName.ExposureMax);
        Assert.Equal(2, byName.VisitSystem);
        Assert.Equal($"{name}/raw/all", byName.RawRun);
    }

    [Fact]
    public void Get_UnknownName_ThrowsListingKnownInstruments()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => InstrumentCatalog.Get("HSC"));

        Assert.Contains("HSC", ex.Message, StringComparison.Ordinal);
        Assert.Contains("lsst.obs.lsst.Latiss", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryGet_UnknownName_ReturnsFalse()
    {
        Assert.False(InstrumentCatalog.TryGet("latiss", out var definition));
        Assert.Null(definition);
    }

    [Fact]
    public void All_EveryInstrument_HasUniqueDetectorsAndFilters()
    {
        Assert.Equal(5, InstrumentCatalog.All.Count);
        foreach (var instrument in InstrumentCatalog.All)
        {
            Assert.Equal(instrument.Detectors.Count, instrument.Detectors.Select(d => d.Id).Distinct().Count());
            Assert.Equal(instrument.Detectors.Count, instrument.Detectors.Select(d => d.FullName).Distinct().Count());
            Assert.Equal(instrument.PhysicalFilters.Count, instrument.PhysicalFilters.Select(f => f.Name).Distinct().Count());
            Assert.All(instrument.Detectors, d => Assert.Equal(instrument.Name, d.Instrument));
            Assert.All(instrument.PhysicalFilters, f => Assert.InRange(f.Name.Length, 1, 32));
        }
    }

    [Fact]
    public void Latiss_Detector_IsSingleRxxS00()
    {
        var detector = Assert.Single(InstrumentCatalog.Get("LATISS").Detectors);

        Assert.Equal(new("LATISS", 0, "RXX_S00", "RXX_S00", null, "SCIENCE"), detector);
    }

    [Theory]
    [InlineData("LSSTComCam")]
    [InlineData("LSSTComCamSim")]
    public void ComCam_Detectors_AreR22SlotsZeroToEight(string name)
    {
        var detectors = InstrumentCatalog.Get(name).Detectors;

        Assert.Equal(9, detectors.Count);
        Assert.Equal(new(name, 4, "R22_S11", "S11", "R22", "SCIENCE"), detectors[4]);
        Assert.Equal(["R22_S00", "R22_S01", "R22_S02", "R22_S10", "R22_S11", "R22_S12", "R22_S20", "R22_S21", "R22_S22"], detectors.Select(d => d.FullName));
    }

    [Theory]
    [InlineData("LSSTCam")]
    [InlineData("LSSTCamSim")]
    public void LsstCam_Detectors_Match205SensorLayout(string name)
    {
        var detectors = InstrumentCatalog.Get(name).Detectors.ToDictionary(d => d.FullName);

        Assert.Equal(205, detectors.Count);
        Assert.Equal(189, detectors.Values.Count(d => d.Purpose == "SCIENCE"));
        Assert.Equal(8, detectors.Values.Count(d => d.Purpose == "GUIDER"));
        Assert.Equal(8, detectors.Values.Count(d => d.Purpose == "WAVEFRONT"));
        Assert.Equal(0, detectors["R01_S00"].Id);
        Assert.Equal(29, detectors["R10_S02"].Id);
        Assert.Equal(35, detectors["R10_S22"].Id);
        Assert.Equal(97, detectors["R22_S21"].Id);
        Assert.Equal(188, detectors["R43_S22"].Id);
        Assert.Equal(new(name, 189, "R00_SG0", "SG0", "R00", "GUIDER"), detectors["R00_SG0"]);
        Assert.Equal(new(name, 192, "R00_SW1", "SW1", "R00", "WAVEFRONT"), detectors["R00_SW1"]);
        Assert.Equal(193, detectors["R04_SG0"].Id);
        Assert.Equal(199, detectors["R40_SW0"].Id);
        Assert.Equal(204, detectors["R44_SW1"].Id);
    }

    [Theory]
    [InlineData("LATISS", 707)]
    [InlineData("LSSTComCam", 15)]
    [InlineData("LSSTComCamSim", 15)]
    [InlineData("LSSTCam", 276)]
    [InlineData("LSSTCamSim", 276)]
    public void PhysicalFilters_Count_MatchesObsLsst(string name, int count) =>
        Assert.Equal(count, InstrumentCatalog.Get(name).PhysicalFilters.Count);

    [Theory]
    [InlineData("LATISS", "empty", "white")]
    [InlineData("LATISS", "unknown~unknown", "unknown")]
    [InlineData("LATISS", "empty~empty", "white")]
    [InlineData("LATISS", "SDSSr_65mm~empty", "r")]
    [InlineData("LATISS", "empty~SDSSi_65mm", "i")]
    [InlineData("LATISS", "BG40~holo4_003", "g")]
    [InlineData("LATISS", "quadnotch1~pinhole_2_4_0100", "notch")]
    [InlineData("LATISS", "diffuser", "diffuser")]
    [InlineData("LSSTComCam", "g_01", "g")]
    [InlineData("LSSTComCam", "OG590_2_5mm", "OG590")]
    [InlineData("LSSTComCam", "unknown", "unknown")]
    [InlineData("LSSTCam", "i_39", "i")]
    [InlineData("LSSTCam", "ph_5", "white")]
    [InlineData("LSSTCam", "none", "white")]
    [InlineData("LSSTCam", "ND_OD0.5", "white~nd")]
    [InlineData("LSSTCam", "SDSSi~ND_OD0.5", "i~nd")]
    [InlineData("LSSTCam", "nm750", "i")]
    [InlineData("LSSTCam", "ef_43~blue", "g")]
    [InlineData("LSSTCam", "y_10~nm960", "y")]
    public void PhysicalFilters_KnownName_HasObsLsstBand(string instrument, string filter, string band) =>
        Assert.Contains(new PhysicalFilter(filter, band), InstrumentCatalog.Get(instrument).PhysicalFilters);

    [Fact]
    public void PhysicalFilters_LatissFromOldRegistry_AllPresent()
    {
        // The physical_filter rows of the real LATISS test registry (an older obs_lsst): today's list is a superset.
        string[] filters = ["empty", "blank_bk7_wg05", "KPNO_1111_436nm", "KPNO_373A_677nm", "KPNO_406_828nm", "diffuser", "unknown", "BG40", "quadnotch1", "RG610", "FELH0600", "SDSSg", "SDSSr", "SDSSi"];
        string[] gratings = ["ronchi90lpmm", "ronchi170lpmm", "empty", "unknown", "holo4_003"];
        var names = InstrumentCatalog.Get("LATISS").PhysicalFilters.Select(f => f.Name).ToHashSet();

        Assert.All(filters, f => Assert.Contains(f, names));
        Assert.All(filters.Where(f => f != "diffuser").SelectMany(f => gratings.Select(g => $"{f}~{g}")), f => Assert.Contains(f, names));
    }

    [Fact]
    public void PhysicalFilters_ComCamFromOldRegistry_AllPresent()
    {
        var names = InstrumentCatalog.Get("LSSTComCam").PhysicalFilters.Select(f => f.Name).ToHashSet();

        Assert.All(["empty", "unknown", "u_05", "u_02", "u_06", "g_07", "g_01", "r_03", "i_06", "z_03", "z_02", "y_04"], f => Assert.Contains(f, names));
    }
}
