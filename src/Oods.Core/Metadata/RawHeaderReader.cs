using Oods.Fits;

namespace Oods.Core.Metadata;

/// <summary>Reads a raw file's header and translates it (obs_lsst <c>readRawFitsHeader</c> followed by the translator).</summary>
public static class RawHeaderReader
{
    /// <summary>Reads the primary header and the first extension's, merges them (extension values win) and translates.</summary>
    /// <param name="path">The raw FITS file (plain, gzip or tile-compressed, as <see cref="FitsReader"/> supports).</param>
    /// <returns>The translated metadata.</returns>
    /// <exception cref="MetadataException">The file is not readable FITS, or its header cannot be translated.</exception>
    /// <exception cref="IOException">The file cannot be opened or read: a file-system problem, left for the caller to retry or report.</exception>
    public static RawMetadata Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        IReadOnlyList<FitsHeader> headers;
        try
        {
            headers = FitsReader.ReadHeaders(path, 2);
        }
        catch (FitsFormatException ex)
        {
            throw new MetadataException($"{path}: not a readable FITS file: {ex.Reason} (at byte {ex.Offset}).", ex);
        }

        return Translate(headers, path);
    }

    /// <summary>Merges the primary header and the first extension's (extension values win) and translates.</summary>
    /// <param name="headers">The headers read (at least the primary).</param>
    /// <param name="path">The file's path or URI, for messages.</param>
    /// <returns>The translated metadata.</returns>
    /// <exception cref="MetadataException">There is no header, or it cannot be translated.</exception>
    public static RawMetadata Translate(IReadOnlyList<FitsHeader> headers, string path)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (headers.Count == 0)
        {
            throw new MetadataException($"{path}: the file has no FITS header.");
        }

        // Rubin raws keep detector keywords (RAFTBAY, CCDSLOT…) in the primary HDU and amplifier keywords in
        // the extensions; obs_lsst merges the first extension over the primary, and so do we.
        var merged = headers.Count > 1 ? headers[0].MergedWith(headers[1]) : headers[0];
        try
        {
            return RawTranslator.Translate(merged);
        }
        catch (MetadataException ex)
        {
            throw new MetadataException($"{path}: {ex.Message}", ex) { Header = merged };
        }
    }
}
