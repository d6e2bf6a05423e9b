using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Oods.Core.Observability;
using Oods.Core.Outcomes;

namespace Oods.Status;

/// <summary>Feeds every outcome to the status board and the metrics.</summary>
internal sealed class OutcomeListener : BackgroundService
{
    private readonly ChannelReader<FileOutcome> _outcomes;
    private readonly StatusBoard _board;

    /// <summary>Subscribes at once, so that no outcome published before the loop starts is missed.</summary>
    /// <param name="publisher">The outcomes.</param>
    /// <param name="board">The board.</param>
    public OutcomeListener(OutcomePublisher publisher, StatusBoard board)
    {
        _outcomes = publisher.Subscribe();
        _board = board;
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var outcome in _outcomes.ReadAllAsync(stoppingToken))
            {
                _board.Record(outcome);
                OodsMetrics.Outcome(outcome);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
