using Oods.Core.Metadata;
using Oods.TestUtilities;

namespace Oods.Core.Tests.Metadata;

/// <summary>The two real raws from obs_lsst, read with <see cref="RawHeaderReader"/>, against the registries the real Butlers wrote for them.</summary>
public sealed class RealRawTests : IDisposable
{
    private const long TenMicroseconds = 10_000;

    private readonly TempDirectory _directory = new();

    private string LatissRaw => Copy("gen3", "latiss", "raw", "2018-09-20", "3018092000065-det000.fits");

    private string ComCamRaw => Copy("gen3", "comCam", "raw", "2019-05-30", "3019053000001", "3019053000001-R22-S00-det000.fits");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Translate_RealLatissRaw_MatchesGen3Registry()
    {
        var metadata = RawHeaderReader.Read(LatissRaw);
        var e = metadata.Exposure;

        // gen3.sqlite3: LATISS|3018092000065|unknown~unknown|AT_C_20180920_000065|27.0|27.0|unknown|unknown|20180920|65|
        //               3018092000065|3018092000065|UNKNOWN|unknown|||||1537510338209997118|1537510365209997118
        Assert.Equal("LATISS", e.Instrument);
        Assert.Equal(3018092000065, e.Id);
        Assert.Equal("unknown~unknown", e.PhysicalFilter);
        Assert.Equal("AT_C_20180920_000065", e.ObsId);
        Assert.Equal(27.0, e.ExposureTime);
        Assert.Equal(27.0, e.DarkTime);
        Assert.Equal("unknown", e.ObservationType);
        Assert.Equal("unknown", e.ObservationReason);
        Assert.Equal(20180920, e.DayObs);
        Assert.Equal(65, e.SeqNum);
        Assert.Equal("3018092000065", e.Group);
        Assert.Equal("UNKNOWN", e.TargetName);
        Assert.Equal("unknown", e.ScienceProgram);
        Assert.Null(e.TrackingRa);
        Assert.Null(e.TrackingDec);
        Assert.Null(e.SkyAngle);
        Assert.Null(e.ZenithAngle);
        Assert.Null(e.Azimuth);
        Assert.InRange(e.TimespanBegin!.Value, 1537510338209997118 - TenMicroseconds, 1537510338209997118 + TenMicroseconds);
        Assert.InRange(e.TimespanEnd!.Value, 1537510365209997118 - TenMicroseconds, 1537510365209997118 + TenMicroseconds);
        Assert.Equal(new DetectorRecord("LATISS", 0, "RXX_S00", "RXX_S00", null, "SCIENCE"), metadata.Detector);
        Assert.Equal("unknown", metadata.Band);
        Assert.Equal(65, e.SeqStart);
        Assert.Equal(65, e.SeqEnd);
        Assert.False(e.HasSimulated);
    }

    [Fact]
    public void Translate_RealLatissRaw_MatchesGen2Registry()
    {
        var metadata = RawHeaderReader.Read(LatissRaw);
        var g = metadata.Gen2!;
        var e = metadata.Exposure;

        // registry.sqlite3 raw: dayObs|seqNum|visit|detector|detectorName|filter|dateObs|date|expTime|object|imageType|wavelength|expGroup|obsid|expId
        // 2018-09-20|65|3018092000065|0|S00|unknown~unknown|2018-09-21T06:12:18.210|2018-09-21T06:12:18.210|27.0|UNKNOWN|UNKNOWN|-666|3018092000065|AT_C_20180920_000065|3018092000065
        Assert.Equal("2018-09-20", g.DayObs);
        Assert.Equal(65, e.SeqNum);
        Assert.Equal(3018092000065, g.Visit);
        Assert.Equal(0, metadata.Detector.Id);
        Assert.Equal("S00", g.DetectorName);
        Assert.Equal("unknown~unknown", e.PhysicalFilter);
        Assert.Equal("2018-09-21T06:12:18.210", g.DateObs);
        Assert.Equal(27.0, g.ExposureTime);
        Assert.Equal("UNKNOWN", g.ObjectName);
        Assert.Equal("UNKNOWN", g.ImageType);
        Assert.Equal(-666, g.Wavelength);
        Assert.Equal("3018092000065", e.Group);
        Assert.Equal("AT_C_20180920_000065", e.ObsId);
        Assert.Equal(3018092000065, e.Id);
    }

    [Fact]
    public void Translate_RealComCamRaw_MatchesGen3Registry()
    {
        var metadata = RawHeaderReader.Read(ComCamRaw);
        var e = metadata.Exposure;

        // gen3.sqlite3: LSSTComCam|3019053000001|unknown|CC_C_20190530_000001|0.0|0.398|bias|bias|20190530|1|
        //               3019053000001|3019053000001|UNKNOWN|unknown|||||1559270317383983731|1559270317383983732
        Assert.Equal("LSSTComCam", e.Instrument);
        Assert.Equal(3019053000001, e.Id);
        Assert.Equal("unknown", e.PhysicalFilter);
        Assert.Equal("CC_C_20190530_000001", e.ObsId);
        Assert.Equal(0.0, e.ExposureTime);
        Assert.Equal(0.398, e.DarkTime);
        Assert.Equal("bias", e.ObservationType);
        Assert.Equal("bias", e.ObservationReason);
        Assert.Equal(20190530, e.DayObs);
        Assert.Equal(1, e.SeqNum);
        Assert.Equal("3019053000001", e.Group);
        Assert.Equal("UNKNOWN", e.TargetName);
        Assert.Equal("unknown", e.ScienceProgram);
        Assert.Null(e.TrackingRa);
        Assert.Null(e.TrackingDec);
        Assert.Null(e.SkyAngle);
        Assert.Null(e.ZenithAngle);
        Assert.InRange(e.TimespanBegin!.Value, 1559270317383983731 - TenMicroseconds, 1559270317383983731 + TenMicroseconds);
        Assert.InRange(e.TimespanEnd!.Value, 1559270317383983732 - TenMicroseconds, 1559270317383983732 + TenMicroseconds);
        Assert.Equal(new DetectorRecord("LSSTComCam", 0, "R22_S00", "S00", "R22", "SCIENCE"), metadata.Detector);
        Assert.Equal("unknown", metadata.Band);
        Assert.False(e.CanSeeSky);
        Assert.False(e.HasSimulated);
    }

    [Fact]
    public void Translate_RealComCamRaw_MatchesGen2Registry()
    {
        var metadata = RawHeaderReader.Read(ComCamRaw);
        var g = metadata.Gen2!;
        var e = metadata.Exposure;

        // run|visit|filter|date|dateObs|expTime|raftName|detectorName|detector|snap|object|imageType|testType|lsstSerial|wavelength|controller|obsid|expGroup|expId|dayObs|seqNum
        // unknown|3019053000001|unknown|2019-05-31T02:38:37.384|2019-05-31T02:38:37.384|0.0|R22|S00|0|0|UNKNOWN|BIAS|BIAS|ITL-3800C-229|-666|C|CC_C_20190530_000001|3019053000001|3019053000001|2019-05-30|1
        Assert.Equal("unknown", g.Run);
        Assert.Equal(3019053000001, g.Visit);
        Assert.Equal("unknown", e.PhysicalFilter);
        Assert.Equal("2019-05-31T02:38:37.384", g.DateObs);
        Assert.Equal(0.0, g.ExposureTime);
        Assert.Equal("R22", g.RaftName);
        Assert.Equal("S00", g.DetectorName);
        Assert.Equal(0, metadata.Detector.Id);
        Assert.Equal(0, g.Snap);
        Assert.Equal("UNKNOWN", g.ObjectName);
        Assert.Equal("BIAS", g.ImageType);
        Assert.Equal("BIAS", g.TestType);
        Assert.Equal("ITL-3800C-229", g.LsstSerial);
        Assert.Equal(-666, g.Wavelength);
        Assert.Equal("C", g.Controller);
        Assert.Equal("CC_C_20190530_000001", e.ObsId);
        Assert.Equal("3019053000001", e.Group);
        Assert.Equal(3019053000001, e.Id);
        Assert.Equal("2019-05-30", g.DayObs);
        Assert.Equal(1, e.SeqNum);
    }

    private string Copy(params string[] parts)
    {
        // Shared data are read-only oracles: tests work on a copy.
        var target = _directory.Combine(parts[^1]);
        if (!File.Exists(target))
        {
            File.Copy(SharedData.Path(["data", "obs_lsst", .. parts]), target);
        }

        return target;
    }
}
