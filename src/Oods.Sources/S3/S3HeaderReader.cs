using System.Globalization;
using Amazon.S3;
using Amazon.S3.Model;
using Oods.Core.Metadata;
using Oods.Fits;

namespace Oods.Sources.S3;

/// <summary>Reads a raw's headers from S3 with ranged GETs: the first bytes, doubled until the primary and first extension headers are whole.</summary>
internal static class S3HeaderReader
{
    /// <summary>Reads and translates the header of an object.</summary>
    /// <param name="s3">The client.</param>
    /// <param name="item">The object.</param>
    /// <param name="firstBytes">Bytes of the first GET (a multiple of 2880).</param>
    /// <param name="cancellationToken">Stops the reads.</param>
    /// <returns>The metadata and the object's size.</returns>
    /// <exception cref="MetadataException">The object is not a readable raw.</exception>
    /// <exception cref="AmazonS3Exception">S3 refused (no such key, access denied…).</exception>
    public static async Task<(RawMetadata Metadata, long Size)> ReadAsync(IAmazonS3 s3, S3ObjectRef item, int firstBytes, CancellationToken cancellationToken)
    {
        var want = (long)firstBytes;
        while (true)
        {
            var request = new GetObjectRequest { BucketName = item.Bucket, Key = item.Key, ByteRange = new ByteRange(0, want - 1) };
            using var response = await s3.GetObjectAsync(request, cancellationToken);
            using var buffer = new MemoryStream((int)Math.Min(want, int.MaxValue));
            await response.ResponseStream.CopyToAsync(buffer, cancellationToken);
            var size = TotalSize(response.ContentRange) ?? buffer.Length;
            var whole = buffer.Length >= size;
            buffer.Position = 0;
            try
            {
                var headers = FitsReader.ReadHeaders(buffer, 2);
                if (headers.Count == 2 || whole)
                {
                    return (RawHeaderReader.Translate(headers, item.Url), size);
                }
            }
            catch (FitsFormatException e)
            {
                if (whole)
                {
                    throw new MetadataException($"{item.Url}: not a readable FITS file: {e.Reason} (at byte {e.Offset}).", e);
                }
            }

            if (want >= FitsReader.MaxHeaderBytes)
            {
                throw new MetadataException($"{item.Url}: no complete FITS header in the first {want} bytes.");
            }

            want = Math.Min(want * 2, FitsReader.MaxHeaderBytes);
        }
    }

    /// <summary>The total size from a <c>Content-Range: bytes 0-N/TOTAL</c> header.</summary>
    private static long? TotalSize(string? contentRange) =>
        contentRange?.LastIndexOf('/') is int slash and >= 0 && long.TryParse(contentRange.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var total)
            ? total
            : null;
}
