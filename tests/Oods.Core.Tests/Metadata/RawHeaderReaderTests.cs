using Oods.Core.Metadata;
using Oods.Fits;
using Oods.TestUtilities;
using Oods.TestUtilities.Fits;

namespace Oods.Core.Tests.Metadata;

public sealed class RawHeaderReaderTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Read_CtrlOodsComCamRaw_TranslatesMergedHeader()
    {
        var metadata = RawHeaderReader.Read(Copy("data", "ctrl_oods", "3019053000001-R22-S00-det000.fits.fz"));

        Assert.Equal(3019053000001, metadata.Exposure.Id);
        Assert.Equal("R22_S00", metadata.Detector.FullName);
    }

    [Fact]
    public void Read_NotFits_ThrowsMetadataExceptionWithOffset()
    {
        var ex = Assert.Throws<MetadataException>(() => RawHeaderReader.Read(Copy("data", "ctrl_oods", "bad.fits.fz")));

        Assert.Contains("at byte", ex.Message, StringComparison.Ordinal);
        Assert.IsType<FitsFormatException>(ex.InnerException);
    }

    [Fact]
    public void Read_HeaderWithoutInstrument_ThrowsMetadataExceptionNamingFile()
    {
        var path = _directory.Combine("empty-header.fits");
        var card = "SIMPLE  =                    T".PadRight(80) + "BITPIX  =                    8".PadRight(80)
            + "NAXIS   =                    0".PadRight(80) + "END".PadRight(80);
        File.WriteAllText(path, card.PadRight(2880));

        var ex = Assert.Throws<MetadataException>(() => RawHeaderReader.Read(path));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("INSTRUME", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_KeywordInBothHeaders_ExtensionValueWins()
    {
        var path = _directory.Combine("merged.fits.fz");
        new FitsBuilder()
            .Primary(
                ("INSTRUME", "LSSTCam"), ("TELESCOP", "Simonyi Survey Telescope"), ("DAYOBS", "20250610"), ("SEQNUM", 42),
                ("CONTRLLR", "O"), ("OBSID", "MC_O_20250610_000042"), ("RAFTBAY", "R22"), ("CCDSLOT", "S11"),
                ("FILTER", "i_39"), ("EXPTIME", 30.0), ("IMGTYPE", "FLAT"), ("DATE-BEG", "2025-06-11T01:02:03.456"))
            .CompressedImage(4, 4, ("EXPTIME", 15.0), ("EXTNAME", "Segment10"))
            .WriteGzip(path);

        var metadata = RawHeaderReader.Read(path);

        Assert.Equal(15.0, metadata.Exposure.ExposureTime);
        Assert.Equal(94, metadata.Detector.Id);
    }

    private string Copy(params string[] parts)
    {
        // Shared data are read-only oracles: tests work on a copy.
        var target = _directory.Combine(parts[^1]);
        File.Copy(SharedData.Path(parts), target);
        return target;
    }
}
