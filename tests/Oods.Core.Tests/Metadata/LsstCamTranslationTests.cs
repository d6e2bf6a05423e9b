using Oods.Core.Instruments;
using Oods.Core.Metadata;

namespace Oods.Core.Tests.Metadata;

public sealed class LsstCamTranslationTests
{
    private static readonly Dictionary<string, object?> Science = new()
    {
        ["INSTRUME"] = "LSSTCam",
        ["TELESCOP"] = "Simonyi Survey Telescope",
        ["DAYOBS"] = "20250610",
        ["SEQNUM"] = 42,
        ["CONTRLLR"] = "O",
        ["OBSID"] = "MC_O_20250610_000042",
        ["GROUPID"] = "2025-06-11T01:02:03.456",
        ["RAFTBAY"] = "R22",
        ["CCDSLOT"] = "S11",
        ["LSST_NUM"] = "ITL-3800C-041",
        ["FILTER"] = "i_39",
        ["EXPTIME"] = 30.0,
        ["SHUTTIME"] = 30.12,
        ["DARKTIME"] = 31.5,
        ["IMGTYPE"] = "OBJECT",
        ["REASON"] = "survey",
        ["OBJECT"] = "lowdust",
        ["PROGRAM"] = "BLOCK-365",
        ["TRACKSYS"] = "RADEC",
        ["RADESYS"] = "ICRS",
        ["RASTART"] = 215.25,
        ["DECSTART"] = -12.5,
        ["ROTCOORD"] = "sky",
        ["ROTPA"] = 12.0,
        ["AZSTART"] = -90.0,
        ["ELSTART"] = 60.0,
        ["VIGN_MIN"] = "NO",
        ["CURINDEX"] = 1,
        ["MAXINDEX"] = 2,
        ["MJD-BEG"] = 60837.04309555556,
        ["DATE-BEG"] = "2025-06-11T01:02:03.456",
        ["DATE-END"] = "2025-06-11T01:02:33.576",
    };

    public static TheoryData<string, string, long, string> AllDetectors()
    {
        var data = new TheoryData<string, string, long, string>();
        foreach (var detector in InstrumentCatalog.Get("LSSTCam").Detectors)
        {
            data.Add(detector.Raft!, detector.NameInRaft, detector.Id, detector.Purpose);
        }

        return data;
    }

    [Fact]
    public void Translate_ScienceHeader_FillsEveryField()
    {
        var metadata = RawTranslator.Translate(TestHeaders.From(Science));
        var e = metadata.Exposure;

        Assert.Equal("LSSTCam", metadata.Instrument.Name);
        Assert.Equal(2025061000042, e.Id);
        Assert.Equal(20250610, e.DayObs);
        Assert.Equal("2025-06-11T01:02:03.456", e.Group);
        Assert.Equal("i_39", e.PhysicalFilter);
        Assert.Equal("i", metadata.Band);
        Assert.Equal("MC_O_20250610_000042", e.ObsId);
        Assert.Equal(30.0, e.ExposureTime);
        Assert.Equal(31.5, e.DarkTime);
        Assert.Equal("science", e.ObservationType);
        Assert.Equal("survey", e.ObservationReason);
        Assert.Equal(42, e.SeqNum);
        Assert.Equal(42, e.SeqStart);
        Assert.Equal(43, e.SeqEnd);
        Assert.Equal("lowdust", e.TargetName);
        Assert.Equal("BLOCK-365", e.ScienceProgram);
        Assert.Equal(215.25, e.TrackingRa);
        Assert.Equal(-12.5, e.TrackingDec);
        Assert.Equal(12.0, e.SkyAngle);
        Assert.Equal(270.0, e.Azimuth);
        Assert.Equal(30.0, e.ZenithAngle!.Value, 9);
        Assert.False(e.HasSimulated);
        Assert.True(e.CanSeeSky);
        Assert.Equal(new DateTimeOffset(2025, 6, 11, 1, 2, 3, 456, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1_000_000, e.TimespanBegin!.Value, 1000.0);
        Assert.Equal(new DateTimeOffset(2025, 6, 11, 1, 2, 33, 576, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1_000_000, e.TimespanEnd);
        Assert.Equal(new DetectorRecord("LSSTCam", 94, "R22_S11", "S11", "R22", "SCIENCE"), metadata.Detector);
        Assert.Equal(30.12, metadata.Gen2!.ExposureTime);
        Assert.Equal("SKYEXP", metadata.Gen2.ImageType);
        Assert.Equal("SURVEY", metadata.Gen2.TestType);
        Assert.Equal("O", metadata.Gen2.Controller);
    }

    [Theory]
    [MemberData(nameof(AllDetectors))]
    public void Translate_EveryRaftAndSensor_GivesCatalogDetector(string raft, string slot, long id, string purpose)
    {
        var header = TestHeaders.With(Science, new Dictionary<string, object?> { ["RAFTBAY"] = raft, ["CCDSLOT"] = slot });

        var detector = RawTranslator.Translate(header).Detector;

        Assert.Equal(new DetectorRecord("LSSTCam", id, $"{raft}_{slot}", slot, raft, purpose), detector);
    }

    [Fact]
    public void Translate_UnknownSensor_ThrowsNamingDetector()
    {
        var header = TestHeaders.With(Science, new Dictionary<string, object?> { ["RAFTBAY"] = "R00", ["CCDSLOT"] = "S11" });

        var ex = Assert.Throws<MetadataException>(() => RawTranslator.Translate(header));

        Assert.Contains("R00_S11", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("i_39", null, null, "i_39")]
    [InlineData("i_39", null, "empty", "i_39")]
    [InlineData("ef_43", "blue", null, "ef_43~blue")]
    [InlineData("NONE", null, null, "none")]
    [InlineData(null, null, null, "unknown")]
    [InlineData("SDSSi", null, "ND_OD0.5", "SDSSi~ND_OD0.5")]
    public void Translate_FilterKeywords_JoinedAsObsLsst(string? filter, string? filter1, string? filter2, string expected)
    {
        var header = TestHeaders.With(Science, new Dictionary<string, object?> { ["FILTER"] = filter, ["FILTER1"] = filter1, ["FILTER2"] = filter2 });

        Assert.Equal(expected, RawTranslator.Translate(header).Exposure.PhysicalFilter);
    }

    [Fact]
    public void Translate_UnregisteredFilter_ThrowsMetadataException()
    {
        var header = TestHeaders.With(Science, new Dictionary<string, object?> { ["FILTER"] = "q_99" });

        var ex = Assert.Throws<MetadataException>(() => RawTranslator.Translate(header));

        Assert.Contains("q_99", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("O", "20250610", 2025061000042, false)]
    [InlineData("C", "20230101", 3023010100042, false)]
    [InlineData("C", "20250610", 2025061000042, false)]
    [InlineData("H", "20250610", 4025061000042, true)]
    [InlineData("P", "20250101", 5025010100042, true)]
    [InlineData("P", "20250610", 2025061000042, true)]
    [InlineData("Q", "20250417", 6025041700042, true)]
    [InlineData("S", "20250418", 2025041800042, true)]
    public void Translate_Controller_SetsExposureIdAndSimulated(string controller, string dayObs, long id, bool simulated)
    {
        var header = TestHeaders.With(Science, new Dictionary<string, object?> { ["CONTRLLR"] = controller, ["DAYOBS"] = dayObs });

        var exposure = RawTranslator.Translate(header).Exposure;

        Assert.Equal(id, exposure.Id);
        Assert.Equal(simulated, exposure.HasSimulated);
    }

    [Fact]
    public void Translate_HierarchSimulateFlag_HasSimulated()
    {
        var header = TestHeaders.With(Science, new Dictionary<string, object?> { ["SIMULATE MTMOUNT"] = 1 });

        Assert.True(RawTranslator.Translate(header).Exposure.HasSimulated);
    }

    [Theory]
    [InlineData("FULLY", 30.12, false)]
    [InlineData("UNKNOWN", 30.12, null)]
    [InlineData("NO", 0.0, false)]
    public void Translate_VignettingAndShutter_SetCanSeeSky(string vignetted, double shutTime, bool? expected)
    {
        var header = TestHeaders.With(Science, new Dictionary<string, object?> { ["VIGN_MIN"] = vignetted, ["SHUTTIME"] = shutTime });

        Assert.Equal(expected, RawTranslator.Translate(header).Exposure.CanSeeSky);
    }

    [Fact]
    public void Translate_NoDayObsUsableAsNumber_DayObsFromBeginMinusTwelveHours()
    {
        // A dashed DAYOBS still builds the exposure id, but obs_lsst's int(DAYOBS) fails, so the day comes from the time.
        var header = TestHeaders.With(
            Science,
            new Dictionary<string, object?> { ["DAYOBS"] = "2025-06-10", ["MJD-BEG"] = null, ["DATE-BEG"] = "2025-06-11T11:59:59.999" });

        var exposure = RawTranslator.Translate(header).Exposure;

        Assert.Equal(20250610, exposure.DayObs);
        Assert.Equal(2025061000042, exposure.Id);
    }

    [Theory]
    [InlineData("2025-06-11T11:59:59.999", 20250610)]
    [InlineData("2025-06-11T12:00:00.000", 20250611)]
    [InlineData("2024-01-10T07:59:59.000", 20240109)]
    [InlineData("2024-01-10T08:00:00.000", 20240110)]
    [InlineData("2023-07-10T06:59:59.000", 20230709)]
    [InlineData("2023-07-10T07:00:00.000", 20230710)]
    public void Translate_DayObsNotAnInteger_DayFromBeginTimeAndRollover(string begin, long expected)
    {
        // Mountain data roll over at 12:00 TAI; lab data before 2024-05 at Pacific midnight (PST or PDT).
        var header = TestHeaders.With(
            Science,
            new Dictionary<string, object?> { ["DAYOBS"] = begin[..10], ["MJD-BEG"] = null, ["DATE-BEG"] = begin, ["DATE-END"] = null });

        Assert.Equal(expected, RawTranslator.Translate(header).Exposure.DayObs);
    }

    [Fact]
    public void Translate_IntegerDayObs_UsedAsIs()
    {
        var header = TestHeaders.With(Science, new Dictionary<string, object?> { ["DAYOBS"] = 20250610L });

        Assert.Equal(20250610, RawTranslator.Translate(header).Exposure.DayObs);
    }

    [Fact]
    public void Translate_MinimalHeader_OptionalFieldsDefaulted()
    {
        var header = TestHeaders.With(
            Science,
            null,
            "GROUPID", "SHUTTIME", "DARKTIME", "REASON", "OBJECT", "PROGRAM", "TRACKSYS", "RADESYS", "RASTART", "DECSTART",
            "ROTCOORD", "ROTPA", "AZSTART", "ELSTART", "VIGN_MIN", "CURINDEX", "MAXINDEX", "DATE-END", "MJD-BEG", "DATE-BEG", "LSST_NUM");
        var withObsTime = TestHeaders.With(
            header.Cards.ToDictionary(c => c.Keyword, c => (object?)(c.Kind == Oods.Fits.FitsValueKind.Integer ? c.Integer : c.Kind == Oods.Fits.FitsValueKind.Real ? c.Real : c.Text)),
            new Dictionary<string, object?> { ["DATE-OBS"] = "2025-06-11T01:02:03.456" });

        var metadata = RawTranslator.Translate(withObsTime);
        var e = metadata.Exposure;

        Assert.Equal("2025061000042", e.Group);
        Assert.Equal(2025061000042, metadata.Gen2!.Visit);
        Assert.Equal(30.0, e.DarkTime);
        Assert.Equal("science", e.ObservationReason);
        Assert.Equal("UNKNOWN", e.TargetName);
        Assert.Equal("unknown", e.ScienceProgram);
        Assert.Null(e.TrackingRa);
        Assert.Null(e.SkyAngle);
        Assert.Null(e.ZenithAngle);
        Assert.Null(e.Azimuth);
        Assert.Null(e.CanSeeSky);
        Assert.Equal(42, e.SeqStart);
        Assert.Equal(42, e.SeqEnd);
        Assert.Equal(e.TimespanBegin + 30_000_000_000, e.TimespanEnd);
        Assert.Null(metadata.Gen2.LsstSerial);
        Assert.Equal(-666, metadata.Gen2.Wavelength);
    }

    [Theory]
    [InlineData("DAYOBS")]
    [InlineData("SEQNUM")]
    [InlineData("OBSID")]
    [InlineData("RAFTBAY")]
    [InlineData("CCDSLOT")]
    [InlineData("EXPTIME")]
    public void Translate_RequiredKeywordMissing_ThrowsNamingKeyword(string keyword)
    {
        var ex = Assert.Throws<MetadataException>(() => RawTranslator.Translate(TestHeaders.With(Science, null, keyword)));

        Assert.Contains(keyword, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_NoTimeKeyword_ThrowsNamingCandidates()
    {
        var ex = Assert.Throws<MetadataException>(() => RawTranslator.Translate(TestHeaders.With(Science, null, "MJD-BEG", "DATE-BEG")));

        Assert.Contains("DATE-OBS", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_UnknownInstrument_ThrowsMetadataException()
    {
        var header = TestHeaders.With(Science, new Dictionary<string, object?> { ["INSTRUME"] = "HSC" });

        var ex = Assert.Throws<MetadataException>(() => RawTranslator.Translate(header));

        Assert.Contains("HSC", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("LSSTCamSim", "i_39", "LSSTCamSim", 94)]
    [InlineData("ComCamSim", "i_06", "LSSTComCamSim", 4)]
    public void Translate_SimulatedCamera_SimulatedWithSharedGeometry(string instrume, string filter, string instrument, long detector)
    {
        var header = TestHeaders.With(
            Science,
            new Dictionary<string, object?> { ["INSTRUME"] = instrume, ["FILTER"] = filter, ["CONTRLLR"] = "S", ["OBSID"] = "MC_S_20250610_000042" });

        var metadata = RawTranslator.Translate(header);

        Assert.Equal(instrument, metadata.Instrument.Name);
        Assert.Equal(detector, metadata.Detector.Id);
        Assert.Equal("R22_S11", metadata.Detector.FullName);
        Assert.True(metadata.Exposure.HasSimulated);
    }
}
