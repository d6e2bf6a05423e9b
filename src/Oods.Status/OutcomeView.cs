using Oods.Core.Outcomes;

namespace Oods.Status;

/// <summary>One file outcome as <c>/status</c> shows it.</summary>
public sealed record OutcomeView
{
    /// <summary>When the outcome was decided (UTC).</summary>
    public required DateTimeOffset Time { get; init; }

    /// <summary>Observation id (or the file name when the header could not say).</summary>
    public required string ObsId { get; init; }

    /// <summary>Where the file was found.</summary>
    public required string Source { get; init; }

    /// <summary>Where the file is now.</summary>
    public required string Path { get; init; }

    /// <summary>The <c>imageInOODS</c> status code (0 ingested, 1 ingest failure, 2 metadata failure).</summary>
    public required int Status { get; init; }

    /// <summary>What happened; on failure, why.</summary>
    public required string Description { get; init; }

    /// <summary>Dataset ids by repository.</summary>
    public IReadOnlyDictionary<string, string> Datasets { get; init; } = new Dictionary<string, string>();

    /// <summary>The view of an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The view.</returns>
    public static OutcomeView From(FileOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new OutcomeView
        {
            Time = outcome.Time,
            ObsId = outcome.ObsId,
            Source = outcome.SourcePath,
            Path = outcome.FinalPath,
            Status = (int)outcome.Status,
            Description = outcome.Description,
            Datasets = outcome.DatasetIds,
        };
    }
}
