using System.IO.Compression;

namespace Oods.Fits;

/// <summary>
/// Reads the headers of a FITS file — plain, whole-file gzip, or fpack tile-compressed — without reading
/// pixel data: data units are skipped by their computed size (seeked over when the stream can seek).
/// </summary>
public static partial class FitsReader
{
    /// <summary>The FITS block size.</summary>
    public const int BlockSize = 2880;

    /// <summary>The size of one header card.</summary>
    public const int CardSize = 80;

    /// <summary>The longest header accepted (bytes); longer ones are an error, not an allocation.</summary>
    public const int MaxHeaderBytes = 10 * 1024 * 1024;

    /// <summary>Reads the headers of a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxHeaders">Stop after this many headers (1 = primary only).</param>
    /// <returns>The headers in file order; compressed image HDUs are returned as the image headers they stand for.</returns>
    /// <exception cref="FitsFormatException">The content is not a readable FITS header.</exception>
    /// <exception cref="IOException">The file cannot be opened or read (a file-system problem, not a format one).</exception>
    /// <exception cref="UnauthorizedAccessException">Permission denied.</exception>
    public static IReadOnlyList<FitsHeader> ReadHeaders(string path, int maxHeaders = int.MaxValue)
    {
        // Unbuffered: the reader asks for whole 2880-byte blocks, so a FileStream buffer would only add a copy.
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
        return ReadHeaders(file, maxHeaders);
    }

    /// <summary>Reads the headers from a stream positioned at the start of the file.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="maxHeaders">Stop after this many headers.</param>
    /// <returns>The headers in file order.</returns>
    /// <exception cref="FitsFormatException">The content is not a readable FITS header (also for bad gzip data).</exception>
    /// <exception cref="IOException">The underlying stream fails (not a format problem; propagated as is).</exception>
    public static IReadOnlyList<FitsHeader> ReadHeaders(Stream stream, int maxHeaders = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxHeaders, 1);
        var magic = new byte[2];
        var got = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        if (got == 0)
        {
            throw new FitsFormatException("empty file", 0);
        }

        Stream source = new PrefixedStream(magic.AsMemory(0, got), stream);
        if (got == 2 && magic[0] == 0x1f && magic[1] == 0x8b)
        {
            using var inflated = new GZipStream(source, CompressionMode.Decompress);
            try
            {
                return ReadAll(inflated, maxHeaders);
            }
            catch (InvalidDataException e)
            {
                throw new FitsFormatException($"bad gzip data: {e.Message}", 0, e);
            }
        }

        return ReadAll(source, maxHeaders);
    }

    private static List<FitsHeader> ReadAll(Stream source, int maxHeaders)
    {
        var reader = new BlockReader(source);
        var headers = new List<FitsHeader>();
        while (headers.Count < maxHeaders)
        {
            if (headers.Count > 0 && reader.AtEnd())
            {
                break;
            }

            var header = HeaderParser.Read(reader, primary: headers.Count == 0);
            headers.Add(CompressedImage.IsCompressed(header) ? CompressedImage.AsImageHeader(header) : header);
            if (headers.Count < maxHeaders)
            {
                reader.Skip(DataSize(header));
            }
        }

        return headers;
    }

    /// <summary>The size of the data unit that follows a header, padded to whole blocks.</summary>
    /// <param name="header">The header as written (for compressed images: the BINTABLE header).</param>
    /// <returns>Bytes to skip.</returns>
    internal static long DataSize(FitsHeader header)
    {
        var naxis = header.GetInteger("NAXIS") ?? 0;
        if (naxis <= 0)
        {
            return 0;
        }

        var bitpix = header.GetInteger("BITPIX") ?? 8;
        if (naxis > 999 || bitpix is not (8 or 16 or 32 or 64 or -32 or -64))
        {
            throw new FitsFormatException($"impossible data description (BITPIX={bitpix}, NAXIS={naxis})", header.Offset);
        }

        try
        {
            long elements = 1;
            for (var i = 1; i <= naxis; i++)
            {
                var n = header.GetInteger($"NAXIS{i}") ?? throw new FitsFormatException($"NAXIS{i} is missing", header.Offset);
                elements = checked(elements * Math.Max(n, 0));
            }

            var pcount = header.GetInteger("PCOUNT") ?? 0;
            var gcount = header.GetInteger("GCOUNT") ?? 1;
            var bytes = checked(Math.Abs(bitpix) / 8 * gcount * (pcount + elements));
            return bytes < 0 ? throw new FitsFormatException("negative data size", header.Offset) : checked((bytes + BlockSize - 1) / BlockSize * BlockSize);
        }
        catch (OverflowException e)
        {
            throw new FitsFormatException("data size overflows", header.Offset, e);
        }
    }
}
