using System.Security.Cryptography;
using System.Text;

namespace Oods.Host.Tests.Support;

/// <summary>
/// The dataset id daf_butler gives a raw (butler.md §3.5), computed here independently of the product code
/// (RFC 4122 version 5) so that both cannot be wrong in the same way.
/// </summary>
internal static class ExpectedDatasetId
{
    private static readonly byte[] Namespace = Convert.FromHexString("840b31d905cd5161b2c800d32b280d0f");

    /// <summary>The id as 32 lower-case hex digits, the SQLite encoding.</summary>
    /// <param name="instrument">Instrument name.</param>
    /// <param name="exposure">Exposure id.</param>
    /// <param name="detector">Detector id.</param>
    /// <returns>The hex id.</returns>
    public static string Raw(string instrument, long exposure, long detector)
    {
        var name = $"dataset_type=raw,run={instrument}/raw/all,detector={detector},exposure={exposure},instrument={instrument}";
#pragma warning disable CA5350 // UUID version 5 is defined on SHA-1; nothing is protected by it.
        var hash = SHA1.HashData([.. Namespace, .. Encoding.UTF8.GetBytes(name)]);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
