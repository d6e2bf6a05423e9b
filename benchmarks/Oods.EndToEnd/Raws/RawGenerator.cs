using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Oods.EndToEnd.Raws;

/// <summary>
/// LSSTCam raws made from the real ComCam raw in shared/data: its primary header and first extension header, with
/// the instrument, day, sequence number, obs id, time and RAFTBAY/CCDSLOT rewritten so every file has its own data ID
/// (exposure = DAYOBS and SEQNUM, detector = RAFTBAY_CCDSLOT) and translates as an LSSTCam raw.
/// </summary>
/// <remarks>OODS reads only the first two headers, so pixel data are optional (one amplifier's worth when asked).</remarks>
internal sealed class RawGenerator
{
    private const string DayObs = "20250610";
    private static readonly DateTime FirstExposure = new(2025, 6, 11, 1, 0, 0, DateTimeKind.Utc);
    private readonly string[] _primary;
    private readonly string[] _extension;
    private readonly int _pixelBytes;

    /// <summary>Reads the template from the real raw.</summary>
    /// <param name="realRaw">The gzip-compressed ComCam raw.</param>
    /// <param name="pixels">Whether to write the first extension's data unit (4.7 MB of zeros) too.</param>
    public RawGenerator(string realRaw, bool pixels)
    {
        using var gzip = new GZipStream(File.OpenRead(realRaw), CompressionMode.Decompress);
        _primary = ReadHeader(gzip);
        _extension = ReadHeader(gzip);
        _pixelBytes = pixels ? Integer(_extension, "NAXIS1") * Integer(_extension, "NAXIS2") * 4 : 0;
    }

    /// <summary>The file name of raw <paramref name="index"/>: exposure <c>index / 205</c>, detector <c>index % 205</c>.</summary>
    /// <param name="sequenceBase">First sequence number of the scenario (keeps scenarios' data IDs apart).</param>
    /// <param name="index">0, 1, 2, …</param>
    /// <returns>The name the camera would give it.</returns>
    public static string Name(int sequenceBase, int index)
    {
        var (seq, raft, slot) = Identify(sequenceBase, index);
        return $"MC_O_{DayObs}_{seq:D6}_{raft}_{slot}.fits";
    }

    /// <summary>The bytes of raw <paramref name="index"/>.</summary>
    /// <param name="sequenceBase">First sequence number of the scenario.</param>
    /// <param name="index">0, 1, 2, …</param>
    /// <returns>The FITS file.</returns>
    public byte[] Bytes(int sequenceBase, int index)
    {
        var (seq, raft, slot) = Identify(sequenceBase, index);
        var obsId = $"MC_O_{DayObs}_{seq:D6}";
        var begin = FirstExposure.AddSeconds(seq * 40.0);
        var mjd = (begin - new DateTime(1858, 11, 17, 0, 0, 0, DateTimeKind.Utc)).TotalDays;
        var primary = new StringBuilder();
        foreach (var card in _primary)
        {
            primary.Append(Keyword(card) switch
            {
                "INSTRUME" => Card("INSTRUME", "LSSTCam"),
                "TELCODE" => Card("TELCODE", "MC"),
                "CONTRLLR" => Card("CONTRLLR", "O"),
                "DAYOBS" => Card("DAYOBS", DayObs),
                "SEQNUM" => Card("SEQNUM", seq),
                "OBSID" => Card("OBSID", obsId),
                "RAFTBAY" => Card("RAFTBAY", raft),
                "CCDSLOT" => Card("CCDSLOT", slot),
                "FILENAME" => Card("FILENAME", $"{obsId}_{raft}_{slot}.fits"),
                "DATE-OBS" => Card("DATE-OBS", begin.ToString("yyyy-MM-ddTHH:mm:ss.fff", CultureInfo.InvariantCulture)),
                "MJD-OBS" => Card("MJD-OBS", mjd),
                "IMAGETAG" => Card("IMAGETAG", seq.ToString(CultureInfo.InvariantCulture)),
                "TSTAND" or "CHECKSUM" or "DATASUM" => "",
                _ => card,
            });
        }

        var extension = new StringBuilder();
        foreach (var card in _extension)
        {
            extension.Append(Keyword(card) is "CHECKSUM" or "DATASUM" ? "" : card);
        }

        using var output = new MemoryStream();
        WriteHeader(output, primary);
        WriteHeader(output, extension);
        if (_pixelBytes > 0)
        {
            output.Write(new byte[_pixelBytes + ((2880 - (_pixelBytes % 2880)) % 2880)]);
        }

        return output.ToArray();
    }

    private static (int Seq, string Raft, string Slot) Identify(int sequenceBase, int index)
    {
        var detectors = LsstCamDetectors.All;
        var (raft, slot) = detectors[index % detectors.Count];
        return (sequenceBase + (index / detectors.Count), raft, slot);
    }

    private static string Keyword(string card) => card[..8].TrimEnd();

    private static string Card(string key, object value)
    {
        var field = value switch
        {
            string s => "'" + s.PadRight(8) + "'",
            double d => d.ToString("R", CultureInfo.InvariantCulture).PadLeft(20),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).PadLeft(20),
            _ => throw new ArgumentException($"unsupported value {value}", nameof(value)),
        };
        return $"{key,-8}= {field}".PadRight(80);
    }

    private static int Integer(string[] cards, string key) =>
        int.Parse(cards.First(c => Keyword(c) == key)[10..30].Trim(), CultureInfo.InvariantCulture);

    private static void WriteHeader(Stream output, StringBuilder cards)
    {
        cards.Append("END".PadRight(80));
        while (cards.Length % 2880 != 0)
        {
            cards.Append(' ');
        }

        output.Write(Encoding.ASCII.GetBytes(cards.ToString()));
    }

    private static string[] ReadHeader(Stream stream)
    {
        var cards = new List<string>();
        var block = new byte[2880];
        while (true)
        {
            stream.ReadExactly(block);
            for (var i = 0; i < block.Length; i += 80)
            {
                var card = Encoding.ASCII.GetString(block, i, 80);
                if (card.StartsWith("END ", StringComparison.Ordinal))
                {
                    // Rubin raws have no primary data unit, so the first extension's header follows at once.
                    return [.. cards];
                }

                cards.Add(card);
            }
        }
    }
}
