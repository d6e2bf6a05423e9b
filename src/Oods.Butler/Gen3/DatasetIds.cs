using System.Security.Cryptography;
using System.Text;
using Oods.Core.Metadata;

namespace Oods.Butler.Gen3;

/// <summary>daf_butler's deterministic dataset ids (DATAID_TYPE_RUN: UUID version 5, butler.md §3.5).</summary>
public static class DatasetIds
{
    private static readonly byte[] Namespace = Convert.FromHexString("840b31d905cd5161b2c800d32b280d0f");

    /// <summary>The id of a raw in a run: <c>dataset_type=raw,run=…,detector=…,exposure=…,instrument=…</c>.</summary>
    /// <param name="run">The RUN collection.</param>
    /// <param name="instrument">Instrument name.</param>
    /// <param name="exposure">Exposure id.</param>
    /// <param name="detector">Detector id.</param>
    /// <returns>The UUID.</returns>
    public static Guid Raw(string run, string instrument, long exposure, long detector) =>
        Uuid5($"dataset_type=raw,run={run},detector={detector},exposure={exposure},instrument={instrument}");

    /// <summary>The id of a raw described by its metadata, in the instrument's default raw run.</summary>
    /// <param name="metadata">The raw's metadata.</param>
    /// <returns>The UUID.</returns>
    public static Guid Raw(RawMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return Raw(metadata.Instrument.RawRun, metadata.Instrument.Name, metadata.Exposure.Id, metadata.Detector.Id);
    }

    /// <summary>The 32 lower-case hex digits daf_butler stores on SQLite.</summary>
    /// <param name="id">The UUID.</param>
    /// <returns>The hex text.</returns>
    public static string ToHex(Guid id) => id.ToString("N");

    private static Guid Uuid5(string name)
    {
        // RFC 4122 version 5 is defined on SHA-1; it names data here, it does not protect anything.
#pragma warning disable CA5350

        var hash = SHA1.HashData([.. Namespace, .. Encoding.UTF8.GetBytes(name)]);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
