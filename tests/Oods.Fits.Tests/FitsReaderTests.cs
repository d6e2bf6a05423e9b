using System.IO.Compression;
using System.Text;
using Oods.TestUtilities;
using Oods.TestUtilities.Fits;

namespace Oods.Fits.Tests;

public sealed class FitsReaderTests
{
    private static readonly string ComCamRaw = SharedData.Path("data", "obs_lsst", "gen3", "comCam", "raw", "2019-05-30", "3019053000001", "3019053000001-R22-S00-det000.fits");
    private static readonly string LatissRaw = SharedData.Path("data", "obs_lsst", "gen3", "latiss", "raw", "2018-09-20", "3018092000065-det000.fits");

    [Fact]
    public void ReadHeaders_RealGzipComCamRaw_ReadsPrimaryAndFirstExtension()
    {
        var headers = FitsReader.ReadHeaders(ComCamRaw, 2);

        Assert.Equal(2, headers.Count);
        Assert.Equal("CC_C_20190530_000001", headers[0].GetString("OBSID"));
        Assert.Equal(58634.11015490722, headers[0].GetReal("MJD-OBS"));
        Assert.Equal(1, headers[0].GetInteger("SEQNUM"));
        Assert.Equal("COMCAM", headers[0].GetString("INSTRUME"));
        Assert.Equal("Segment10", headers[1].GetString("EXTNAME"));
        Assert.Equal(576, headers[1].GetInteger("NAXIS1"));
    }

    [Fact]
    public void ReadHeaders_RealLatissRawAllHdus_SkipsEveryDataUnit()
    {
        var headers = FitsReader.ReadHeaders(LatissRaw);

        Assert.Equal(19, headers.Count);
        Assert.Equal("LSST_ATISS", headers[0].GetString("INSTRUME"));
        Assert.Equal(16, headers.Count(h => h.GetString("XTENSION") == "IMAGE"));
        Assert.All(headers.Skip(1), h => Assert.NotNull(h.GetString("XTENSION")));
    }

    [Fact]
    public void ReadHeaders_BadFileFromCtrlOods_IsNotFits()
    {
        var e = Assert.Throws<FitsFormatException>(() => FitsReader.ReadHeaders(SharedData.Path("data", "ctrl_oods", "bad.fits.fz")));

        Assert.Contains("file ends inside", e.Message, StringComparison.Ordinal);
        Assert.Equal(17, e.Offset);
    }

    [Fact]
    public void ReadHeaders_EveryValueKind_Parsed()
    {
        var cards = new[]
        {
            "STR     = 'it''s here'         / a comment",
            "EMPTYSTR= ''",
            "LOGT    =                    T",
            "LOGF    =                    F / no",
            "INT     =                  -42",
            "BIG     = 123456789012345678901234",
            "REAL    =              1.5E-03",
            "DEXP    =              2.0D+03",
            "CPLX    = (1.5, -2)",
            "UNDEF   =                      / nothing",
            "COMMENT this is commentary",
            "HIERARCH ESO DET CHIP = 3 / hierarch",
            "LONG    = 'first part &'",
            "CONTINUE  'second part'        / continued",
        };
        var headers = FitsReader.ReadHeaders(new MemoryStream(Build(cards)));
        var h = headers[0];

        Assert.Equal("it's here", h.GetString("STR"));
        Assert.True(h.TryGetCard("STR", out var str));
        Assert.Equal("a comment", str.Comment);
        Assert.Equal("", h.GetString("EMPTYSTR"));
        Assert.True(h.GetLogical("LOGT"));
        Assert.False(h.GetLogical("LOGF"));
        Assert.Equal(-42, h.GetInteger("INT"));
        Assert.Equal(1.2345678901234568E+23, h.GetReal("BIG"));
        Assert.Equal(0.0015, h.GetReal("REAL"));
        Assert.Equal(2000.0, h.GetReal("DEXP"));
        Assert.True(h.TryGetCard("CPLX", out var c));
        Assert.Equal((FitsValueKind.Complex, 1.5, -2.0), (c.Kind, c.Real, c.Imaginary));
        Assert.True(h.TryGetCard("UNDEF", out var u));
        Assert.Equal(FitsValueKind.Undefined, u.Kind);
        Assert.Null(h.GetString("UNDEF"));
        Assert.Contains(h.Cards, k => k.Keyword == "COMMENT" && k.Kind == FitsValueKind.None && k.Text == "this is commentary");
        Assert.Equal(3, h.GetInteger("ESO DET CHIP"));
        Assert.Equal("first part second part", h.GetString("LONG"));
    }

    [Fact]
    public void ReadHeaders_Gzip_StopsBeforeCorruptTail()
    {
        using var dir = new TempDirectory();
        var plain = new FitsBuilder().Primary(("OBSID", "X")).Image(400, 400, ("EXTNAME", "A")).Image(400, 400).ToBytes();
        var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.NoCompression, leaveOpen: true))
        {
            gzip.Write(plain);
        }

        var bytes = compressed.ToArray()[..(compressed.Length > 20_000 ? 20_000 : (int)compressed.Length)];

        var headers = FitsReader.ReadHeaders(new MemoryStream(bytes), 2);

        Assert.Equal("A", headers[1].GetString("EXTNAME"));
    }

    [Fact]
    public void ReadHeaders_Fpack_MapsCompressedHeaderBackToImage()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("x.fits.fz");
        new FitsBuilder().Primary(("OBSID", "MC_O_20250101_000001")).CompressedImage(100, 20, ("EXTNAME", "Segment10")).Image(2, 2, ("EXTNAME", "after")).WritePlain(path);

        var headers = FitsReader.ReadHeaders(path);

        Assert.Equal(3, headers.Count);
        var image = headers[1];
        Assert.True(image.IsCompressedImage);
        Assert.Equal("IMAGE", image.GetString("XTENSION"));
        Assert.Equal(32, image.GetInteger("BITPIX"));
        Assert.Equal(100, image.GetInteger("NAXIS1"));
        Assert.Equal(20, image.GetInteger("NAXIS2"));
        Assert.False(image.Has("ZIMAGE"));
        Assert.False(image.Has("TFORM1"));
        Assert.Equal("Segment10", image.GetString("EXTNAME"));
        Assert.Equal("after", headers[2].GetString("EXTNAME"));
    }

    [Fact]
    public void ReadHeaders_NoSpaceBeforeSlash_ParsedLikeAstropy()
    {
        var headers = FitsReader.ReadHeaders(new MemoryStream(Build(["EXPTIME =                 30.5/ seconds"])));

        Assert.True(headers[0].TryGetCard("EXPTIME", out var card));
        Assert.Equal((30.5, "seconds"), (card.Real, card.Comment));
    }

    [Fact]
    public void ReadHeaders_LowerCaseLogical_ThrowsFitsFormatException()
    {
        var bytes = Build(["FLAG    =                    t"]);

        var e = Assert.Throws<FitsFormatException>(() => FitsReader.ReadHeaders(new MemoryStream(bytes)));

        Assert.Equal((3 * 80) + 10, e.Offset);
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("text")]
    [InlineData("truncated")]
    [InlineData("noend")]
    [InlineData("badcard")]
    [InlineData("badgzip")]
    [InlineData("binary")]
    public void ReadHeaders_Malformed_ThrowsFitsFormatException(string kind)
    {
        var valid = Build(["OBSID   = 'X'"]);
        var bytes = kind switch
        {
            "empty" => [],
            "text" => Encoding.ASCII.GetBytes(new string('x', 2880)),
            "truncated" => valid[..1000],
            "noend" => Encoding.ASCII.GetBytes(FitsBuilder.Card("SIMPLE", true).PadRight(2880)),
            "badcard" => Build(["VALUE   = 12abc"]),
            "badgzip" => [0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
            _ => [.. valid[..80], 0, 1, 2, .. valid[83..]],
        };

        var e = Assert.Throws<FitsFormatException>(() => FitsReader.ReadHeaders(new MemoryStream(bytes)));

        Assert.InRange(e.Offset, 0, Math.Max(bytes.Length, 2880));
    }

    [Fact]
    public void ReadHeaders_HeaderLongerThanLimit_IsRefusedWithoutReadingItAll()
    {
        var stream = new EndlessHeaderStream();

        var e = Assert.Throws<FitsFormatException>(() => FitsReader.ReadHeaders(stream));

        Assert.Contains("longer than", e.Message, StringComparison.Ordinal);
        Assert.InRange(stream.Position, FitsReader.MaxHeaderBytes, FitsReader.MaxHeaderBytes + (2 * 2880));
    }

    private static byte[] Build(string[] cards)
    {
        var text = new StringBuilder();
        foreach (var card in new[] { FitsBuilder.Card("SIMPLE", true), FitsBuilder.Card("BITPIX", 8), FitsBuilder.Card("NAXIS", 0) }.Concat(cards).Append("END"))
        {
            text.Append(card.PadRight(80));
        }

        while (text.Length % 2880 != 0)
        {
            text.Append(' ');
        }

        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>A header that never ends: SIMPLE = T followed by blank cards forever.</summary>
    private sealed class EndlessHeaderStream : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var simple = Encoding.ASCII.GetBytes(FitsBuilder.Card("SIMPLE", true).PadRight(80));
            for (var i = 0; i < count; i++)
            {
                var at = _position + i;
                buffer[offset + i] = at < 80 ? simple[at] : (byte)' ';
            }

            _position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
