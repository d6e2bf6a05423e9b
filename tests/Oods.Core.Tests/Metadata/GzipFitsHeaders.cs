using System.Globalization;
using System.IO.Compression;
using System.Text;
using Oods.Fits;

namespace Oods.Core.Tests.Metadata;

/// <summary>
/// A minimal stand-in FITS header reader for the two real raws (gzip-compressed FITS), written while
/// <c>FitsReader</c> was not yet available; it handles only the card forms those files use.
/// </summary>
internal static class GzipFitsHeaders
{
    public static FitsHeader ReadMerged(string path)
    {
        using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        var primary = ReadHeader(stream);
        var extension = ReadHeader(stream);
        return primary.MergedWith(extension);
    }

    private static FitsHeader ReadHeader(Stream stream)
    {
        var cards = new List<FitsCard>();
        var record = new byte[80];
        long naxisBytes = 1;
        var bitpix = 8;
        while (true)
        {
            stream.ReadExactly(record);
            var text = Encoding.ASCII.GetString(record);
            var keyword = text[..8].TrimEnd();
            if (keyword == "END")
            {
                break;
            }

            if (text.Length > 9 && text[8] == '=' && text[9] == ' ')
            {
                cards.Add(Parse(keyword, text[10..]));
            }
            else
            {
                cards.Add(new FitsCard(keyword, FitsValueKind.None, text[8..].TrimEnd(), 0, 0, 0, null));
            }
        }

        // Skip the rest of the header block and the data of this HDU.
        var header = new FitsHeader(cards);
        var consumed = (cards.Count + 1) * 80;
        Skip(stream, (2880 - (consumed % 2880)) % 2880);
        var naxis = header.GetInteger("NAXIS") ?? 0;
        bitpix = (int)(header.GetInteger("BITPIX") ?? 8);
        for (var i = 1; i <= naxis; i++)
        {
            naxisBytes *= header.GetInteger($"NAXIS{i}") ?? 0;
        }

        var dataBytes = naxis == 0 ? 0 : naxisBytes * Math.Abs(bitpix) / 8;
        Skip(stream, dataBytes + ((2880 - (dataBytes % 2880)) % 2880));
        return header;
    }

    private static FitsCard Parse(string keyword, string field)
    {
        var value = field.TrimStart();
        if (value.StartsWith('\''))
        {
            var sb = new StringBuilder();
            var i = 1;
            while (i < value.Length)
            {
                if (value[i] == '\'')
                {
                    if (i + 1 < value.Length && value[i + 1] == '\'')
                    {
                        sb.Append('\'');
                        i += 2;
                        continue;
                    }

                    break;
                }

                sb.Append(value[i++]);
            }

            return new FitsCard(keyword, FitsValueKind.String, sb.ToString().TrimEnd(), 0, 0, 0, null);
        }

        var slash = value.IndexOf('/', StringComparison.Ordinal);
        var token = (slash >= 0 ? value[..slash] : value).Trim();
        if (token.Length == 0)
        {
            return new FitsCard(keyword, FitsValueKind.Undefined, string.Empty, 0, 0, 0, null);
        }

        if (token is "T" or "F")
        {
            return new FitsCard(keyword, FitsValueKind.Logical, token, token == "T" ? 1 : 0, 0, 0, null);
        }

        if (long.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l))
        {
            return new FitsCard(keyword, FitsValueKind.Integer, token, l, l, 0, null);
        }

        var d = double.Parse(token.Replace('D', 'E'), NumberStyles.Float, CultureInfo.InvariantCulture);
        return new FitsCard(keyword, FitsValueKind.Real, token, 0, d, 0, null);
    }

    private static void Skip(Stream stream, long count)
    {
        var buffer = new byte[8192];
        while (count > 0)
        {
            var n = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, count));
            if (n == 0)
            {
                return;
            }

            count -= n;
        }
    }
}
