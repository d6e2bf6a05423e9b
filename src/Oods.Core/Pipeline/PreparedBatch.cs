using Oods.Core.Metadata;
using Oods.Core.Repositories;

namespace Oods.Core.Pipeline;

/// <summary>A claimed batch with its headers read, waiting for its registry transaction.</summary>
/// <param name="plan">The batch as the in-flight manifest lists it.</param>
/// <param name="capacity">Files expected.</param>
internal sealed class PreparedBatch(IReadOnlyList<InflightFile> plan, int capacity)
{
    /// <summary>The batch as the in-flight manifest lists it.</summary>
    public IReadOnlyList<InflightFile> Plan { get; } = plan;

    /// <summary>Files whose headers were read and translated.</summary>
    public List<RawFile> Raws { get; } = new(capacity);

    /// <summary>The claimed file of each raw, by staged path.</summary>
    public Dictionary<string, ClaimedFile> ByPath { get; } = new(capacity, StringComparer.Ordinal);

    /// <summary>Files whose headers could not be read or translated.</summary>
    public List<(ClaimedFile File, MetadataException Error)> Unreadable { get; } = [];

    /// <summary>One batch of several that finish in one registry transaction (in order).</summary>
    /// <param name="batches">The batches, oldest first.</param>
    /// <returns>The combined batch (the batch itself when there is one).</returns>
    public static PreparedBatch Combine(IReadOnlyList<PreparedBatch> batches)
    {
        if (batches.Count == 1)
        {
            return batches[0];
        }

        var combined = new PreparedBatch([.. batches.SelectMany(b => b.Plan)], batches.Sum(b => b.Raws.Count));
        foreach (var batch in batches)
        {
            combined.Raws.AddRange(batch.Raws);
            combined.Unreadable.AddRange(batch.Unreadable);
            foreach (var (path, file) in batch.ByPath)
            {
                combined.ByPath[path] = file;
            }
        }

        return combined;
    }
}
