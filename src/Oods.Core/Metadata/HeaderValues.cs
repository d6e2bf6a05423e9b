using System.Globalization;
using Oods.Fits;

namespace Oods.Core.Metadata;

/// <summary>
/// A merged raw header plus the in-memory corrections a translator's <c>fix_header</c> applies; the file is never changed.
/// </summary>
/// <remarks>
/// obs_lsst corrects headers by assigning into a dict (a value, or <c>None</c> to clear it); an override here
/// plays the same part, with null meaning "undefined" as astropy's <c>None</c> does.
/// </remarks>
internal sealed class HeaderValues
{
    private readonly Dictionary<string, object?> _overrides = new(StringComparer.Ordinal);

    /// <summary>Wraps a merged header.</summary>
    /// <param name="header">The primary header merged with the first extension.</param>
    public HeaderValues(FitsHeader header) => Header = header;

    /// <summary>The header as read from the file.</summary>
    public FitsHeader Header { get; }

    /// <summary>Whether the keyword is present, before or after corrections (astropy <c>key in header</c>).</summary>
    /// <param name="keyword">The keyword.</param>
    /// <returns>True when present, even if undefined.</returns>
    public bool Contains(string keyword) => _overrides.ContainsKey(keyword) || Header.TryGetCard(keyword, out _);

    /// <summary>Whether the keyword has a defined value (astro_metadata_translator <c>is_key_ok</c>).</summary>
    /// <param name="keyword">The keyword.</param>
    /// <returns>True when present and defined.</returns>
    public bool IsOk(string keyword) =>
        _overrides.TryGetValue(keyword, out var value) ? value is not null : Header.Has(keyword);

    /// <summary>Replaces a keyword's value; null makes it undefined.</summary>
    /// <param name="keyword">The keyword.</param>
    /// <param name="value">A string, long, double or bool, or null.</param>
    public void Set(string keyword, object? value) => _overrides[keyword] = value;

    /// <summary>The value as text (numbers in invariant form); null when absent or undefined.</summary>
    /// <param name="keyword">The keyword.</param>
    /// <returns>The text or null.</returns>
    public string? String(string keyword)
    {
        if (!_overrides.TryGetValue(keyword, out var value))
        {
            return Header.GetString(keyword);
        }

        return value switch
        {
            null => null,
            string s => s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
    }

    /// <summary>The value as a number; null when absent, undefined or not numeric.</summary>
    /// <param name="keyword">The keyword.</param>
    /// <returns>The number or null.</returns>
    public double? Real(string keyword)
    {
        if (!_overrides.TryGetValue(keyword, out var value))
        {
            return Header.GetReal(keyword);
        }

        return value switch
        {
            long l => l,
            double d => d,
            string s when double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => null,
        };
    }

    /// <summary>The value as an integer; null when absent, undefined or not integral.</summary>
    /// <param name="keyword">The keyword.</param>
    /// <returns>The integer or null.</returns>
    public long? Integer(string keyword)
    {
        if (!_overrides.TryGetValue(keyword, out var value))
        {
            return Header.GetInteger(keyword);
        }

        return value switch
        {
            long l => l,
            double d when Math.Abs(d % 1) == 0 && Math.Abs(d) < 9.2e18 => (long)d,
            string s when long.TryParse(s.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => l,
            _ => null,
        };
    }

    /// <summary>The value as text, or a <see cref="MetadataException"/> naming the keyword.</summary>
    /// <param name="keyword">The keyword.</param>
    /// <returns>The text.</returns>
    public string RequiredString(string keyword) =>
        String(keyword) ?? throw new MetadataException($"Required header keyword {keyword} is missing or undefined.");

    /// <summary>Whether any keyword containing <c>SIMULATE</c> has a true value (a non-zero number, T, or non-empty text).</summary>
    /// <returns>True when something in the observation was simulated.</returns>
    public bool AnySimulateFlag()
    {
        foreach (var card in Header.Cards)
        {
            if (card.Keyword.Contains("SIMULATE", StringComparison.Ordinal) && IsTruthy(card))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTruthy(FitsCard card) => card.Kind switch
    {
        FitsValueKind.Logical or FitsValueKind.Integer => card.Integer != 0,
        FitsValueKind.Real => card.Real != 0,
        FitsValueKind.String => card.Text.Length > 0,
        _ => false,
    };
}
