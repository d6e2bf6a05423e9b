using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Oods.TestUtilities.Fits;

/// <summary>
/// Many distinct raws made from the primary header of the real ComCam raw in shared/data: the sequence number,
/// obs id and CCD slot are rewritten, so each file has its own data ID and translates like the real one.
/// </summary>
/// <remarks>The files carry only the primary header (no pixels): OODS never reads pixels.</remarks>
public static class SyntheticRaws
{
    /// <summary>ComCam's CCD slots (9 detectors per exposure).</summary>
    public static IReadOnlyList<string> ComCamSlots { get; } = ["S00", "S01", "S02", "S10", "S11", "S12", "S20", "S21", "S22"];

    private static readonly Lazy<string[]> Template = new(ReadTemplate);

    /// <summary>The <paramref name="index"/>-th distinct ComCam raw: exposure <c>index / 9 + 1</c>, detector <c>index % 9</c>.</summary>
    /// <param name="index">0, 1, 2, ...</param>
    /// <returns>The FITS bytes.</returns>
    public static byte[] ComCam(int index)
    {
        var seq = (index / ComCamSlots.Count) + 1;
        var slot = ComCamSlots[index % ComCamSlots.Count];
        var obsId = $"CC_C_20190530_{seq:D6}";
        var text = new StringBuilder();
        foreach (var card in Template.Value)
        {
            var key = card[..8].TrimEnd();
            text.Append(key switch
            {
                "SEQNUM" => FitsBuilder.Card("SEQNUM", seq).PadRight(80),
                "OBSID" => FitsBuilder.Card("OBSID", obsId).PadRight(80),
                "CCDSLOT" => FitsBuilder.Card("CCDSLOT", slot).PadRight(80),
                "FILENAME" => FitsBuilder.Card("FILENAME", $"{obsId}_R22_{slot}.fits").PadRight(80),
                "IMAGETAG" => FitsBuilder.Card("IMAGETAG", (1559270317384L + seq).ToString(CultureInfo.InvariantCulture)).PadRight(80),
                "CHECKSUM" or "DATASUM" => "",
                _ => card,
            });
        }

        text.Append("END".PadRight(80));
        while (text.Length % 2880 != 0)
        {
            text.Append(' ');
        }

        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>The file name the camera would give raw <paramref name="index"/>.</summary>
    /// <param name="index">0, 1, 2, ...</param>
    /// <returns>The name.</returns>
    public static string ComCamName(int index) =>
        $"CC_C_20190530_{(index / ComCamSlots.Count) + 1:D6}_R22_{ComCamSlots[index % ComCamSlots.Count]}.fits";

    private static string[] ReadTemplate()
    {
        using var gzip = new GZipStream(File.OpenRead(SharedData.Path("data", "obs_lsst", "gen3", "comCam", "raw", "2019-05-30", "3019053000001", "3019053000001-R22-S00-det000.fits")), CompressionMode.Decompress);
        var cards = new List<string>();
        var buffer = new byte[80];
        while (true)
        {
            gzip.ReadExactly(buffer);
            var card = Encoding.ASCII.GetString(buffer);
            if (card.StartsWith("END ", StringComparison.Ordinal))
            {
                return [.. cards];
            }

            cards.Add(card);
        }
    }
}
