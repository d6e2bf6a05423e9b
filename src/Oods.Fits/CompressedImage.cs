namespace Oods.Fits;

/// <summary>fpack's tiled-image convention: a BINTABLE with ZIMAGE = T stands for an image HDU.</summary>
internal static class CompressedImage
{
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["ZSIMPLE"] = "SIMPLE",
        ["ZTENSION"] = "XTENSION",
        ["ZBITPIX"] = "BITPIX",
        ["ZNAXIS"] = "NAXIS",
        ["ZEXTEND"] = "EXTEND",
        ["ZBLOCKED"] = "BLOCKED",
        ["ZPCOUNT"] = "PCOUNT",
        ["ZGCOUNT"] = "GCOUNT",
        ["ZHECKSUM"] = "CHECKSUM",
        ["ZDATASUM"] = "DATASUM",
    };

    private static readonly HashSet<string> TableOnly = new(StringComparer.Ordinal)
    {
        "XTENSION", "BITPIX", "NAXIS", "PCOUNT", "GCOUNT", "TFIELDS", "THEAP", "ZIMAGE", "ZCMPTYPE", "ZQUANTIZ",
        "ZDITHER0", "ZMASKCMP", "ZSIMPLE", "ZTENSION", "ZEXTEND", "ZBLOCKED", "ZPCOUNT", "ZGCOUNT", "ZHECKSUM",
        "ZDATASUM", "CHECKSUM", "DATASUM",
    };

    private static readonly string[] TablePrefixes = ["TTYPE", "TFORM", "TUNIT", "TDIM", "TNULL", "TSCAL", "TZERO", "TDISP", "ZTILE", "ZNAME", "ZVAL", "NAXIS"];

    /// <summary>Whether the header is a tile-compressed image.</summary>
    /// <param name="header">A header as written.</param>
    /// <returns>True for a BINTABLE with ZIMAGE = T.</returns>
    public static bool IsCompressed(FitsHeader header) =>
        header.GetString("XTENSION")?.Trim() == "BINTABLE" && header.GetLogical("ZIMAGE") == true;

    /// <summary>The image header a compressed HDU stands for: Z keywords mapped back, table keywords dropped.</summary>
    /// <param name="table">The BINTABLE header.</param>
    /// <returns>The image header.</returns>
    public static FitsHeader AsImageHeader(FitsHeader table)
    {
        var cards = new List<FitsCard>(table.Cards.Count);
        var hasTension = table.Has("ZTENSION");
        if (!hasTension)
        {
            cards.Add(new FitsCard("XTENSION", FitsValueKind.String, "IMAGE", 0, 0, 0, "compressed image"));
        }

        foreach (var card in table.Cards)
        {
            if (Renamed.TryGetValue(card.Keyword, out var name))
            {
                cards.Add(card with { Keyword = name });
            }
            else if (card.Keyword.StartsWith("ZNAXIS", StringComparison.Ordinal) && card.Keyword.Length > 6)
            {
                cards.Add(card with { Keyword = "NAXIS" + card.Keyword[6..] });
            }
            else if (!TableOnly.Contains(card.Keyword) && !IsTablePrefixed(card.Keyword))
            {
                cards.Add(card);
            }
        }

        return new FitsHeader(cards, table.Offset) { IsCompressedImage = true };
    }

    private static bool IsTablePrefixed(string keyword)
    {
        foreach (var prefix in TablePrefixes)
        {
            if (keyword.Length > prefix.Length && keyword.StartsWith(prefix, StringComparison.Ordinal) && char.IsAsciiDigit(keyword[prefix.Length]))
            {
                return true;
            }
        }

        return false;
    }
}
