using Oods.Core.Metadata;

namespace Oods.Core.Tests.Metadata;

public sealed class LatissTranslationTests
{
    // The header behind butler.md §3.4's golden exposure row. ROTPA is 225 because obs_lsst subtracts
    // 180 degrees from LATISS ROTPA between 2020-11-19 and 2021-10-29; the record's sky_angle is 45.
    private static readonly Dictionary<string, object?> Golden = new()
    {
        ["INSTRUME"] = "LATISS",
        ["TELESCOP"] = "Rubin Auxiliary Telescope",
        ["DAYOBS"] = "20210701",
        ["SEQNUM"] = 123,
        ["CONTRLLR"] = "O",
        ["OBSID"] = "AT_O_20210701_000123",
        ["GROUPID"] = "2021-07-02T03:03:00.123",
        ["FILTER"] = "SDSSr_65mm",
        ["GRATING"] = "empty_1",
        ["EXPTIME"] = 30.0,
        ["DARKTIME"] = 30.2,
        ["IMGTYPE"] = "OBJECT",
        ["REASON"] = "object",
        ["OBJECT"] = "HD12345",
        ["PROGRAM"] = "BLOCK-123",
        ["TRACKSYS"] = "RADEC",
        ["RADESYS"] = "ICRS",
        ["RASTART"] = 10.5,
        ["DECSTART"] = -30.25,
        ["ROTCOORD"] = "sky",
        ["ROTPA"] = 225.0,
        ["AZSTART"] = 123.4,
        ["ELSTART"] = 70.0,
        ["DATE-BEG"] = "2021-07-02T03:04:05.678",
        ["DATE"] = "2021-07-02T03:04:40.000",
    };

    [Fact]
    public void Translate_GoldenExample_MatchesButlerRow()
    {
        var metadata = RawTranslator.Translate(TestHeaders.From(Golden));

        // LATISS|2021070100123|20210701|2021-07-02T03:03:00.123|SDSSr_65mm~empty|AT_O_20210701_000123|30.0|30.2|science|object|
        // 123|123|123|HD12345|BLOCK-123|10.5|-30.25|45.0|123.4|20.0|0|1|1625195045678000000|1625195075678000000
        var expected = new ExposureRecord
        {
            Instrument = "LATISS",
            Id = 2021070100123,
            DayObs = 20210701,
            Group = "2021-07-02T03:03:00.123",
            PhysicalFilter = "SDSSr_65mm~empty",
            ObsId = "AT_O_20210701_000123",
            ExposureTime = 30.0,
            DarkTime = 30.2,
            ObservationType = "science",
            ObservationReason = "object",
            SeqNum = 123,
            SeqStart = 123,
            SeqEnd = 123,
            TargetName = "HD12345",
            ScienceProgram = "BLOCK-123",
            TrackingRa = 10.5,
            TrackingDec = -30.25,
            SkyAngle = 45.0,
            Azimuth = 123.4,
            ZenithAngle = 20.0,
            HasSimulated = false,
            CanSeeSky = true,
            TimespanBegin = 1625195045678000000,
            TimespanEnd = 1625195075678000000,
        };
        Assert.Equal(expected, metadata.Exposure with { ZenithAngle = Math.Round(metadata.Exposure.ZenithAngle!.Value, 9) });
        Assert.Equal("r", metadata.Band);
        Assert.Equal(new DetectorRecord("LATISS", 0, "RXX_S00", "RXX_S00", null, "SCIENCE"), metadata.Detector);
        Assert.Equal(2051245801230000, metadata.Gen2!.Visit);
        Assert.Equal("SKYEXP", metadata.Gen2.ImageType);
        Assert.Equal("2021-07-02T03:04:05.678", metadata.Gen2.DateObs);
        Assert.Equal("ITL-3800C-068", metadata.Gen2.LsstSerial);
    }

    [Theory]
    [InlineData("SDSSg", "holo4_003", "SDSSg~holo4_003")]
    [InlineData("empty_2", "ronchi90lpmm", "empty~ronchi90lpmm")]
    [InlineData("EMPTY", "", "empty~empty")]
    [InlineData(null, "empty", "unknown~empty")]
    [InlineData("BG40", null, "BG40~unknown")]
    [InlineData(null, null, "unknown~unknown")]
    public void Translate_FilterAndGrating_JoinedWithTilde(string? filter, string? grating, string expected)
    {
        var header = TestHeaders.With(Golden, new Dictionary<string, object?> { ["FILTER"] = filter, ["GRATING"] = grating });

        Assert.Equal(expected, RawTranslator.Translate(header).Exposure.PhysicalFilter);
    }

    [Fact]
    public void Translate_NoDayObsOrSeqNum_TakesThemFromObsId()
    {
        var header = TestHeaders.With(Golden, null, "DAYOBS", "SEQNUM");

        var exposure = RawTranslator.Translate(header).Exposure;

        Assert.Equal(20210701, exposure.DayObs);
        Assert.Equal(123, exposure.SeqNum);
        Assert.Equal(2021070100123, exposure.Id);
    }

    [Fact]
    public void Translate_NoExposureTimeOrType_EndsAtBeginAndTypeUnknown()
    {
        var header = TestHeaders.With(Golden, null, "EXPTIME", "IMGTYPE", "REASON");

        var exposure = RawTranslator.Translate(header).Exposure;

        Assert.Equal(-1.0, exposure.ExposureTime);
        Assert.Equal(exposure.TimespanBegin, exposure.TimespanEnd);
        Assert.Equal("unknown", exposure.ObservationType);
        Assert.Equal("unknown", exposure.ObservationReason);
    }

    [Fact]
    public void Translate_DarkTimeBelowExposureTime_UsesExposureTime()
    {
        var header = TestHeaders.With(Golden, new Dictionary<string, object?> { ["DARKTIME"] = 10.0 });

        Assert.Equal(30.0, RawTranslator.Translate(header).Exposure.DarkTime);
    }

    [Fact]
    public void Translate_DetnameOnly_IsLatiss()
    {
        var header = TestHeaders.With(Golden, new Dictionary<string, object?> { ["DETNAME"] = "RXX_S00" }, "INSTRUME");

        Assert.Equal("LATISS", RawTranslator.Translate(header).Instrument.Name);
    }
}
