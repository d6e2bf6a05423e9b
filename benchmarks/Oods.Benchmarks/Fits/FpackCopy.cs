using System.Text;

namespace Oods.Benchmarks.Fits;

/// <summary>
/// Writes an fpack-shaped copy of a plain raw: the primary header as is, the first image's header carried by a
/// BINTABLE with ZIMAGE = T and a stand-in heap of the same size, so the reader sees what fpack writes.
/// </summary>
internal static class FpackCopy
{
    public static void Write(string plainPath, string target)
    {
        var bytes = File.ReadAllBytes(plainPath);
        var primaryEnd = HeaderEnd(bytes, 0);
        var imageEnd = HeaderEnd(bytes, primaryEnd);
        var imageCards = Cards(bytes, primaryEnd, imageEnd);
        var table = new List<string>
        {
            "XTENSION= 'BINTABLE'", "BITPIX  =                    8", "NAXIS   =                    2", "NAXIS1  =                    8",
            "NAXIS2  =                 2048", "PCOUNT  =              1000000", "GCOUNT  =                    1", "TFIELDS =                    1",
            "TTYPE1  = 'COMPRESSED_DATA'", "TFORM1  = '1PB(2000)'", "ZIMAGE  =                    T", "ZCMPTYPE= 'RICE_1  '",
        };
        foreach (var card in imageCards)
        {
            var key = card[..8].TrimEnd();
            table.Add(key switch
            {
                "XTENSION" => "ZTENSION" + card[8..],
                "BITPIX" => "ZBITPIX " + card[8..],
                "NAXIS" or "NAXIS1" or "NAXIS2" => ("Z" + key).PadRight(8) + card[8..],
                "PCOUNT" => "ZPCOUNT " + card[8..],
                "GCOUNT" => "ZGCOUNT " + card[8..],
                _ => card,
            });
        }

        using var output = File.Create(target);
        output.Write(bytes, 0, primaryEnd);
        var header = new StringBuilder();
        foreach (var card in table.Append("END"))
        {
            header.Append(card.PadRight(80)[..80]);
        }

        while (header.Length % 2880 != 0)
        {
            header.Append(' ');
        }

        output.Write(Encoding.ASCII.GetBytes(header.ToString()));
        var data = (8 * 2048) + 1_000_000;
        output.Write(new byte[(data + 2879) / 2880 * 2880]);
    }

    private static int HeaderEnd(byte[] bytes, int start)
    {
        for (var i = start; i < bytes.Length; i += 80)
        {
            if (Encoding.ASCII.GetString(bytes, i, 8) == "END     ")
            {
                return (i + 80 + 2879) / 2880 * 2880;
            }
        }

        throw new InvalidDataException("no END");
    }

    private static List<string> Cards(byte[] bytes, int start, int end)
    {
        var cards = new List<string>();
        for (var i = start; i < end; i += 80)
        {
            var card = Encoding.ASCII.GetString(bytes, i, 80);
            if (card.StartsWith("END     ", StringComparison.Ordinal))
            {
                break;
            }

            cards.Add(card);
        }

        return cards;
    }
}
