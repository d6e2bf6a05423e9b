using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Oods.Core.Metadata;

/// <summary>The visit id obs_lsst derives from an exposure group (butler.md §4.5; Gen2 <c>visit</c>, universe 0–5 <c>group_id</c>).</summary>
internal static partial class VisitIds
{
    private static readonly DateTime TZero = new(2015, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>Computes the visit id of a group name.</summary>
    /// <param name="group">GROUPID, or the exposure id as text.</param>
    /// <returns>The visit id.</returns>
    /// <exception cref="MetadataException">The group is not ASCII (obs_lsst encodes it as us-ascii for hashing).</exception>
    public static long FromGroup(string group)
    {
        if (long.TryParse(group, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        var match = GroupDatePattern().Match(group);
        if (match.Success)
        {
            var iso = DateTime.ParseExact(match.Groups[1].Value, "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
            var epoch = (long)(iso - TZero).TotalSeconds;
            var n = match.Groups[3].Success ? long.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
            return Parse($"{epoch}{match.Groups[2].Value}{n:D4}", group);
        }

        if (!Ascii.IsValid(group))
        {
            throw new MetadataException($"GROUPID '{group}' is not ASCII; obs_lsst cannot hash it into a visit id.");
        }

        // Neither a number nor a dated group: obs_lsst hashes it and appends the length to reduce collisions.
        var digest = Convert.ToHexStringLower(Blake2b.Hash(Encoding.ASCII.GetBytes(group)));
        var hashed = long.Parse(digest[..14], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        return Parse($"{hashed}{group.Length:D2}", group);
    }

    private static long Parse(string digits, string group) =>
        long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new MetadataException($"GROUPID '{group}' gives a visit id too large for 64 bits.");

    [GeneratedRegex(@"^(\d\d\d\d-\d\d-\d\dT\d\d:\d\d:\d\d)\.(\d\d\d)(?:[+#](\d+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupDatePattern();
}
