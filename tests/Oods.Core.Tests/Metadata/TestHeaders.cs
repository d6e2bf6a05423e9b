using System.Globalization;
using Oods.Fits;

namespace Oods.Core.Tests.Metadata;

/// <summary>Builds <see cref="FitsHeader"/> objects from keyword/value pairs for translator tests.</summary>
internal static class TestHeaders
{
    /// <summary>A header whose cards hold the given values (string, long/int, double, bool, or null for undefined).</summary>
    public static FitsHeader From(IEnumerable<KeyValuePair<string, object?>> values) =>
        new([.. values.Select(kv => Card(kv.Key, kv.Value))]);

    /// <summary>A header from a dictionary with <paramref name="changes"/> applied (a null value makes the keyword undefined) and <paramref name="remove"/> dropped.</summary>
    public static FitsHeader With(IReadOnlyDictionary<string, object?> baseline, IReadOnlyDictionary<string, object?>? changes = null, params string[] remove)
    {
        var merged = new Dictionary<string, object?>(baseline, StringComparer.Ordinal);
        foreach (var (key, value) in changes ?? new Dictionary<string, object?>())
        {
            merged[key] = value;
        }

        foreach (var key in remove)
        {
            merged.Remove(key);
        }

        return From(merged);
    }

    public static FitsCard Card(string keyword, object? value) => value switch
    {
        null => new FitsCard(keyword, FitsValueKind.Undefined, string.Empty, 0, 0, 0, null),
        string s => new FitsCard(keyword, FitsValueKind.String, s.TrimEnd(), 0, 0, 0, null),
        bool b => new FitsCard(keyword, FitsValueKind.Logical, b ? "T" : "F", b ? 1 : 0, 0, 0, null),
        int i => new FitsCard(keyword, FitsValueKind.Integer, i.ToString(CultureInfo.InvariantCulture), i, i, 0, null),
        long l => new FitsCard(keyword, FitsValueKind.Integer, l.ToString(CultureInfo.InvariantCulture), l, l, 0, null),
        double d => new FitsCard(keyword, FitsValueKind.Real, d.ToString("R", CultureInfo.InvariantCulture), 0, d, 0, null),
        _ => throw new ArgumentException($"Unsupported value type {value.GetType()}", nameof(value)),
    };
}
