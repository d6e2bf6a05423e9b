namespace Oods.Fits;

/// <summary>The cards of one HDU's header, with keyword look-up (last occurrence wins, as astropy does for merged headers).</summary>
public sealed class FitsHeader
{
    private readonly Dictionary<string, FitsCard> _byKeyword;

    /// <summary>Creates a header from its cards in file order.</summary>
    /// <param name="cards">The cards.</param>
    /// <param name="offset">Byte offset of the header's first card in the uncompressed stream.</param>
    public FitsHeader(IReadOnlyList<FitsCard> cards, long offset = 0)
    {
        ArgumentNullException.ThrowIfNull(cards);
        Cards = cards;
        Offset = offset;
        _byKeyword = new Dictionary<string, FitsCard>(cards.Count, StringComparer.Ordinal);
        foreach (var card in cards)
        {
            if (card.Kind != FitsValueKind.None)
            {
                _byKeyword[card.Keyword] = card;
            }
        }
    }

    /// <summary>The cards in file order, commentary cards included.</summary>
    public IReadOnlyList<FitsCard> Cards { get; }

    /// <summary>Byte offset of this header in the uncompressed stream.</summary>
    public long Offset { get; }

    /// <summary>True when this header stands for a tile-compressed image (an fpack BINTABLE mapped back).</summary>
    public bool IsCompressedImage { get; init; }

    /// <summary>Finds a valued card by keyword (case-sensitive, upper case as FITS writes it).</summary>
    /// <param name="keyword">The keyword.</param>
    /// <param name="card">The card when found.</param>
    /// <returns>Whether the keyword has a value card.</returns>
    public bool TryGetCard(string keyword, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FitsCard? card) =>
        _byKeyword.TryGetValue(keyword, out card);

    /// <summary>Whether the keyword is present with a defined value.</summary>
    /// <param name="keyword">The keyword.</param>
    /// <returns>True when present and not undefined.</returns>
    public bool Has(string keyword) => TryGetCard(keyword, out var c) && c.Kind != FitsValueKind.Undefined;

    /// <summary>The string value of a keyword (trailing blanks trimmed), or the raw text of a non-string value; null if absent or undefined.</summary>
    /// <param name="keyword">The keyword.</param>
    /// <returns>The text or null.</returns>
    public string? GetString(string keyword) =>
        TryGetCard(keyword, out var c) && c.Kind != FitsValueKind.Undefined ? c.Text : null;

    /// <summary>The integer value of a keyword; a real with no fraction or a digits-only string also counts; null otherwise.</summary>
    /// <param name="keyword">The keyword.</param>
    /// <returns>The value or null.</returns>
    public long? GetInteger(string keyword)
    {
        if (!TryGetCard(keyword, out var c))
        {
            return null;
        }

        return c.Kind switch
        {
            FitsValueKind.Integer => c.Integer,
            FitsValueKind.Real when Math.Abs(c.Real % 1) == 0 && Math.Abs(c.Real) < 9.2e18 => (long)c.Real,
            FitsValueKind.String when long.TryParse(c.Text.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) => v,
            _ => null,
        };
    }

    /// <summary>The numeric value of a keyword (integer or real; a numeric string also counts); null otherwise.</summary>
    /// <param name="keyword">The keyword.</param>
    /// <returns>The value or null.</returns>
    public double? GetReal(string keyword)
    {
        if (!TryGetCard(keyword, out var c))
        {
            return null;
        }

        return c.Kind switch
        {
            FitsValueKind.Integer or FitsValueKind.Real => c.Real,
            FitsValueKind.String when double.TryParse(c.Text.Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) => v,
            _ => null,
        };
    }

    /// <summary>The logical value of a keyword; null if absent or not logical.</summary>
    /// <param name="keyword">The keyword.</param>
    /// <returns>The value or null.</returns>
    public bool? GetLogical(string keyword) =>
        TryGetCard(keyword, out var c) && c.Kind == FitsValueKind.Logical ? c.Integer != 0 : null;

    /// <summary>A header holding this header's cards overwritten by <paramref name="other"/>'s (astropy <c>merge_headers(mode="overwrite")</c>).</summary>
    /// <param name="other">The header whose values win.</param>
    /// <returns>The merged header.</returns>
    public FitsHeader MergedWith(FitsHeader other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var cards = new List<FitsCard>(Cards.Count + other.Cards.Count);
        cards.AddRange(Cards);
        cards.AddRange(other.Cards);
        return new FitsHeader(cards, Offset);
    }
}
