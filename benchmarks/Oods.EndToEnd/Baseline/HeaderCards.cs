using System.Text;

namespace Oods.EndToEnd.Baseline;

/// <summary>
/// The least header reading the job needs: the bytes of the primary and first extension headers, read in
/// 2880-byte blocks up to each END card, and the few values a data ID needs picked out of them.
/// </summary>
internal static class HeaderCards
{
    private static readonly string[] Wanted = ["INSTRUME", "DAYOBS", "SEQNUM", "CONTRLLR", "OBSID", "RAFTBAY", "CCDSLOT", "DATE-OBS", "IMGTYPE", "EXPTIME", "DARKTIME"];

    /// <summary>Reads the wanted values of the first two headers of a plain FITS file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>Keyword to value (strings unquoted and trimmed).</returns>
    public static Dictionary<string, string> Read(string path)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        var block = new byte[2880];
        for (var header = 0; header < 2;)
        {
            file.ReadExactly(block);
            for (var i = 0; i < block.Length; i += 80)
            {
                var card = block.AsSpan(i, 80);
                if (card.StartsWith("END     "u8))
                {
                    header++;
                    break;
                }

                var key = Encoding.ASCII.GetString(card[..8]).TrimEnd();
                if (Wanted.Contains(key) && card[8] == '=')
                {
                    var text = Encoding.ASCII.GetString(card[10..]);
                    values[key] = text.StartsWith('\'') ? text[1..text.IndexOf('\'', 1)].TrimEnd() : text.Split('/')[0].Trim();
                }
            }
        }

        return values;
    }
}
