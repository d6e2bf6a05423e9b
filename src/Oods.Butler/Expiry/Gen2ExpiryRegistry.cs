using System.Globalization;
using System.Text.RegularExpressions;
using Oods.Butler.Gen2;
using Oods.Core.Expiry;

namespace Oods.Butler.Expiry;

/// <summary>A Gen2 repository as expiry sees it: raws only, no collections (every rule's collections are taken as present).</summary>
/// <remarks>A rule applies to Gen2 when one of its dataset-type patterns matches <c>raw</c>; its files are deleted by <see cref="Gen2Writer.Remove"/>.</remarks>
internal sealed class Gen2ExpiryRegistry(Gen2Writer writer) : IExpiryRegistry
{
    private readonly Dictionary<string, Gen2RawEntry> _entries = new(StringComparer.Ordinal);

    public bool RemovesFiles => true;

    public bool HasCollection(string name) => true;

    public IReadOnlyList<ExpiredDataset> FindExpired(IReadOnlyCollection<string> collections, IReadOnlyCollection<string> datasetTypes, DateTimeOffset before, bool excludeTagged)
    {
        if (!datasetTypes.Any(p => Regex.IsMatch("raw", "^" + Regex.Escape(p).Replace("\\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))))
        {
            return [];
        }

        var found = new List<ExpiredDataset>();
        foreach (var entry in writer.ListExpired(before))
        {
            var id = entry.Id.ToString(CultureInfo.InvariantCulture);
            _entries[id] = entry;
            found.Add(new ExpiredDataset(id, "raw", "raw", entry.FilePath));
        }

        return found;
    }

    public void Remove(IReadOnlyList<ExpiredDataset> datasets) =>
        writer.Remove(datasets.Select(d => _entries[d.Id]));

    public void Dispose() => writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
