using System.Threading.Channels;

namespace Oods.Core.Outcomes;

/// <summary>The in-process fan-out of outcomes: each subscriber (CSC, status page) gets its own bounded queue.</summary>
/// <remarks>A slow subscriber loses its oldest outcomes rather than stalling ingest; it is told how many.</remarks>
public sealed class OutcomePublisher : IOutcomeSink
{
    private readonly Lock _gate = new();
    private readonly List<Channel<FileOutcome>> _subscribers = [];

    /// <summary>Subscribes; the reader yields every outcome published from now on.</summary>
    /// <param name="capacity">Outcomes kept for a slow reader before the oldest are dropped.</param>
    /// <returns>The reader.</returns>
    public ChannelReader<FileOutcome> Subscribe(int capacity = 10_000)
    {
        var channel = Channel.CreateBounded<FileOutcome>(new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_gate)
        {
            _subscribers.Add(channel);
        }

        return channel.Reader;
    }

    /// <inheritdoc/>
    public ValueTask PublishAsync(FileOutcome outcome, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(outcome);
            }
        }

        return ValueTask.CompletedTask;
    }
}
