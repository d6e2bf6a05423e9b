using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Oods.TestUtilities.Fits;

/// <summary>Writes small synthetic FITS files for tests: a primary header, image extensions, optional data.</summary>
public sealed class FitsBuilder
{
    private readonly List<(List<string> Cards, byte[] Data)> _hdus = [];

    /// <summary>Starts a primary HDU with no data (SIMPLE, BITPIX 8, NAXIS 0, EXTEND).</summary>
    /// <param name="keywords">Extra keywords in order.</param>
    /// <returns>This builder.</returns>
    public FitsBuilder Primary(params (string Key, object? Value)[] keywords)
    {
        var cards = new List<string> { Card("SIMPLE", true), Card("BITPIX", 8), Card("NAXIS", 0), Card("EXTEND", true) };
        cards.AddRange(keywords.Select(k => Card(k.Key, k.Value)));
        _hdus.Add((cards, []));
        return this;
    }

    /// <summary>Adds an IMAGE extension of 32-bit integers.</summary>
    /// <param name="width">NAXIS1.</param>
    /// <param name="height">NAXIS2.</param>
    /// <param name="keywords">Extra keywords in order.</param>
    /// <returns>This builder.</returns>
    public FitsBuilder Image(int width, int height, params (string Key, object? Value)[] keywords)
    {
        var cards = new List<string>
        {
            Card("XTENSION", "IMAGE"), Card("BITPIX", 32), Card("NAXIS", 2), Card("NAXIS1", width), Card("NAXIS2", height),
            Card("PCOUNT", 0), Card("GCOUNT", 1),
        };
        cards.AddRange(keywords.Select(k => Card(k.Key, k.Value)));
        var data = new byte[width * height * 4];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = (byte)(i * 7);
        }

        _hdus.Add((cards, data));
        return this;
    }

    /// <summary>Adds an fpack-style compressed image: a BINTABLE with ZIMAGE and a small fake heap.</summary>
    /// <param name="width">ZNAXIS1.</param>
    /// <param name="height">ZNAXIS2.</param>
    /// <param name="keywords">Extra keywords in order.</param>
    /// <returns>This builder.</returns>
    public FitsBuilder CompressedImage(int width, int height, params (string Key, object? Value)[] keywords)
    {
        const int heap = 1000;
        var cards = new List<string>
        {
            Card("XTENSION", "BINTABLE"), Card("BITPIX", 8), Card("NAXIS", 2), Card("NAXIS1", 8), Card("NAXIS2", height),
            Card("PCOUNT", heap), Card("GCOUNT", 1), Card("TFIELDS", 1), Card("TTYPE1", "COMPRESSED_DATA"), Card("TFORM1", "1PB(200)"),
            Card("ZIMAGE", true), Card("ZTILE1", width), Card("ZTILE2", 1), Card("ZCMPTYPE", "RICE_1"), Card("ZNAME1", "BLOCKSIZE"),
            Card("ZVAL1", 32), Card("ZBITPIX", 32), Card("ZNAXIS", 2), Card("ZNAXIS1", width), Card("ZNAXIS2", height),
            Card("ZPCOUNT", 0), Card("ZGCOUNT", 1),
        };
        cards.AddRange(keywords.Select(k => Card(k.Key, k.Value)));
        _hdus.Add((cards, new byte[(8 * height) + heap]));
        return this;
    }

    /// <summary>The file's bytes.</summary>
    /// <returns>The FITS bytes.</returns>
    public byte[] ToBytes()
    {
        using var output = new MemoryStream();
        foreach (var (cards, data) in _hdus)
        {
            var header = new StringBuilder();
            foreach (var card in cards.Append("END"))
            {
                header.Append(card.PadRight(80));
            }

            while (header.Length % 2880 != 0)
            {
                header.Append(' ');
            }

            Write(output, Encoding.ASCII.GetBytes(header.ToString()));
            Write(output, data);
        }

        return output.ToArray();
    }

    /// <summary>Writes the file plain.</summary>
    /// <param name="path">Where.</param>
    public void WritePlain(string path) => File.WriteAllBytes(path, ToBytes());

    /// <summary>Writes the file gzip-compressed as a whole.</summary>
    /// <param name="path">Where.</param>
    public void WriteGzip(string path)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(ToBytes());
    }

    /// <summary>Formats one card: strings quoted and padded, numbers and logicals right-justified to column 30.</summary>
    /// <param name="key">The keyword.</param>
    /// <param name="value">The value (string, bool, integer, double, or null for undefined).</param>
    /// <returns>The card text (up to 80 characters; longer strings are not split).</returns>
    public static string Card(string key, object? value)
    {
        var field = value switch
        {
            null => "",
            string s => "'" + s.Replace("'", "''", StringComparison.Ordinal).PadRight(8) + "'",
            bool b => (b ? "T" : "F").PadLeft(20),
            double d => d.ToString("R", CultureInfo.InvariantCulture).PadLeft(20),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).PadLeft(20),
            _ => throw new ArgumentException($"unsupported value type {value.GetType()}", nameof(value)),
        };
        return $"{key,-8}= {field}";
    }

    private static void Write(Stream output, byte[] bytes)
    {
        output.Write(bytes);
        var pad = (2880 - (bytes.Length % 2880)) % 2880;
        output.Write(new byte[pad]);
    }
}
