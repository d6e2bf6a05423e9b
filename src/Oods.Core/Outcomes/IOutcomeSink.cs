namespace Oods.Core.Outcomes;

/// <summary>Receives every file outcome (the CSC, the status page, the journal).</summary>
public interface IOutcomeSink
{
    /// <summary>Takes one outcome; must not block the pipeline for long.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes when the outcome is accepted.</returns>
    ValueTask PublishAsync(FileOutcome outcome, CancellationToken cancellationToken);
}
