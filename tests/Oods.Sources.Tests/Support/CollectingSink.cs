using System.Collections.Concurrent;
using Oods.Core.Outcomes;

namespace Oods.Sources.Tests.Support;

/// <summary>Keeps every outcome published.</summary>
internal sealed class CollectingSink : IOutcomeSink
{
    private readonly ConcurrentQueue<FileOutcome> _outcomes = new();

    /// <summary>The outcomes so far, in order.</summary>
    public IReadOnlyList<FileOutcome> Outcomes => [.. _outcomes];

    /// <inheritdoc/>
    public ValueTask PublishAsync(FileOutcome outcome, CancellationToken cancellationToken)
    {
        _outcomes.Enqueue(outcome);
        return ValueTask.CompletedTask;
    }
}
