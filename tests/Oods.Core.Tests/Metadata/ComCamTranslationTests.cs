using Oods.Core.Metadata;

namespace Oods.Core.Tests.Metadata;

public sealed class ComCamTranslationTests
{
    private static readonly Dictionary<string, object?> Flat = new()
    {
        ["INSTRUME"] = "ComCam",
        ["TELESCOP"] = "Simonyi Survey Telescope",
        ["DAYOBS"] = "20241027",
        ["SEQNUM"] = 57,
        ["CONTRLLR"] = "O",
        ["OBSID"] = "CC_O_20241027_000057",
        ["RAFTBAY"] = "R22",
        ["CCDSLOT"] = "S11",
        ["FILTER"] = "g_01",
        ["EXPTIME"] = 15.0,
        ["IMGTYPE"] = "FLAT",
        ["MJD-BEG"] = 60611.1,
    };

    [Fact]
    public void Translate_FlatHeader_DetectorAndFilterFromComCam()
    {
        var metadata = RawTranslator.Translate(TestHeaders.From(Flat));

        Assert.Equal("LSSTComCam", metadata.Instrument.Name);
        Assert.Equal(new DetectorRecord("LSSTComCam", 4, "R22_S11", "S11", "R22", "SCIENCE"), metadata.Detector);
        Assert.Equal("g_01", metadata.Exposure.PhysicalFilter);
        Assert.Equal("g", metadata.Band);
        Assert.Equal("flat", metadata.Exposure.ObservationType);
        Assert.Equal("unknown", metadata.Exposure.ObservationReason);
        Assert.Null(metadata.Exposure.TrackingRa);

        // On the mountain ComCam, like LSSTCam, does not guess can_see_sky from the observation type.
        Assert.Null(metadata.Exposure.CanSeeSky);
    }

    [Theory]
    [InlineData(null, 60611.1, "unknown")]
    [InlineData("r", 58900.0, "r_03")]
    [InlineData("r", 60611.1, "empty")]
    [InlineData("", 60611.1, "empty")]
    [InlineData("z_02", 60611.1, "z_02")]
    public void Translate_ComCamFilter_FixedAsObsLsst(string? filter, double mjd, string expected)
    {
        var header = TestHeaders.With(Flat, new Dictionary<string, object?> { ["MJD-BEG"] = mjd }, filter is null ? ["FILTER"] : []);
        if (filter is not null)
        {
            header = TestHeaders.With(Flat, new Dictionary<string, object?> { ["MJD-BEG"] = mjd, ["FILTER"] = filter });
        }

        Assert.Equal(expected, RawTranslator.Translate(header).Exposure.PhysicalFilter);
    }

    [Fact]
    public void Translate_NoLsstNum_SerialFromSlotTable()
    {
        Assert.Equal("ITL-3800C-283", RawTranslator.Translate(TestHeaders.From(Flat)).Gen2!.LsstSerial);
    }

    [Fact]
    public void Translate_TelcodeCcWithLsstCamera_IsComCam()
    {
        var header = TestHeaders.With(Flat, new Dictionary<string, object?> { ["INSTRUME"] = "LSST_CAMERA", ["TELESCOP"] = "Rubin", ["TELCODE"] = "CC" });

        Assert.Equal("LSSTComCam", RawTranslator.Translate(header).Instrument.Name);
    }

    [Fact]
    public void Translate_ComCamOnOtherTelescope_Throws()
    {
        var header = TestHeaders.With(Flat, new Dictionary<string, object?> { ["TELESCOP"] = "Blanco" });

        Assert.Throws<MetadataException>(() => RawTranslator.Translate(header));
    }

    [Theory]
    [InlineData(null, "CC_O_20241027_000057", "C")]
    [InlineData("", "CC_S_20241027_000057", "S")]
    [InlineData("", "CCX_20241027_000057", "O")]
    public void Translate_Gen2Controller_FollowsW2020_50Rules(string? controller, string obsId, string expected)
    {
        var changes = new Dictionary<string, object?> { ["OBSID"] = obsId };
        if (controller is not null)
        {
            changes["CONTRLLR"] = controller;
        }

        var header = controller is null ? TestHeaders.With(Flat, changes, "CONTRLLR") : TestHeaders.With(Flat, changes);

        Assert.Equal(expected, RawTranslator.Translate(header).Gen2!.Controller);
    }

    [Fact]
    public void Translate_MonochromatorWavelength_RoundedHalfToEven()
    {
        var header = TestHeaders.With(Flat, new Dictionary<string, object?> { ["MONOWL"] = 500.5 });

        Assert.Equal(500, RawTranslator.Translate(header).Gen2!.Wavelength);
    }
}
