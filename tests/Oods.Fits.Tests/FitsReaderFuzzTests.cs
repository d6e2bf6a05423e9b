using System.IO.Compression;
using System.Text;
using Oods.TestUtilities.Fits;

namespace Oods.Fits.Tests;

/// <summary>Mutated headers must give a FitsFormatException or a result — never another exception, never a hang.</summary>
public sealed class FitsReaderFuzzTests
{
    private const int Cases = 100_000;

    [Fact]
    public void ReadHeaders_100000MutatedHeaders_OnlyTypedErrors()
    {
        var random = new Random(20261128);
        var seeds = new[]
        {
            new FitsBuilder().Primary(("OBSID", "AT_O_20240101_000001"), ("EXPTIME", 30.0), ("CONTRLLR", "O"), ("SEQNUM", 1)).Image(8, 8, ("EXTNAME", "Segment10")).ToBytes(),
            new FitsBuilder().Primary(("INSTRUME", "LSSTCam")).CompressedImage(16, 4, ("EXTNAME", "S")).ToBytes(),
        };
        var alphabet = Encoding.ASCII.GetBytes("'=/ ()&TF0123456789.-+EDabcXYZ\0\u007f");
        var outcomes = new int[3];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < Cases; i++)
        {
            var bytes = (byte[])seeds[i % seeds.Length].Clone();
            var mutations = 1 + random.Next(8);
            for (var m = 0; m < mutations; m++)
            {
                switch (random.Next(4))
                {
                    case 0:
                        bytes[random.Next(Math.Min(bytes.Length, 5760))] = alphabet[random.Next(alphabet.Length)];
                        break;
                    case 1:
                        bytes = bytes[..random.Next(bytes.Length + 1)];
                        break;
                    case 2:
                        var card = Encoding.ASCII.GetBytes(RandomCard(random));
                        var at = 80 * random.Next(1, 36);
                        if (at + 80 <= bytes.Length)
                        {
                            card.CopyTo(bytes, at);
                        }

                        break;
                    default:
                        bytes[random.Next(Math.Min(bytes.Length, 5760))] = (byte)random.Next(256);
                        break;
                }

                if (bytes.Length == 0)
                {
                    break;
                }
            }

            if (i % 10 == 9)
            {
                bytes = Gzip(bytes, random);
            }

            try
            {
                FitsReader.ReadHeaders(new MemoryStream(bytes));
                outcomes[0]++;
            }
            catch (FitsFormatException e)
            {
                Assert.InRange(e.Offset, 0, 1L << 40);
                outcomes[1]++;
            }
        }

        Assert.True(outcomes[0] > 0 && outcomes[1] > 0, $"both outcomes happen ({outcomes[0]} read, {outcomes[1]} refused)");
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"bounded time: {clock.Elapsed}");
    }

    private static string RandomCard(Random random)
    {
        string[] keys = ["NAXIS", "NAXIS1", "BITPIX", "PCOUNT", "GCOUNT", "ZIMAGE", "XTENSION", "CONTINUE", "HIERARCH A B", "END", "ZNAXIS", "ZNAXIS1"];
        string[] values = ["2", "-1", "999999999999", "T", "'BINTABLE'", "'abc&'", "(1,", "1D999", "'unterminated", "", "64", "-64", "99999999999999999999999"];
        return FitsBuilder.Card(keys[random.Next(keys.Length)], null).PadRight(10)[..10].Replace("= ", "= ", StringComparison.Ordinal) + values[random.Next(values.Length)].PadRight(70)[..70];
    }

    private static byte[] Gzip(byte[] bytes, Random random)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        var compressed = output.ToArray();
        if (random.Next(2) == 0 && compressed.Length > 12)
        {
            compressed[10 + random.Next(compressed.Length - 10)] ^= (byte)(1 + random.Next(255));
        }

        return compressed;
    }
}
