using System.Runtime.CompilerServices;
using Oods.Csc.SalInterface;

namespace Oods.Csc.Remote;

/// <content>Events: read every event topic of the component.</content>
public sealed partial class CscRemote
{
    /// <summary>Starts reading every event topic: the last <paramref name="history"/> samples of each, then new ones.</summary>
    /// <param name="history">Old samples per topic to read first (salobj remotes read 1: the current state).</param>
    /// <param name="cancellationToken">Stops the set-up.</param>
    /// <returns>The Kafka topics read.</returns>
    /// <exception cref="Confluent.Kafka.KafkaException">The broker cannot be reached or a topic does not exist.</exception>
    /// <exception cref="Registry.SchemaRegistryException">The schema registry cannot be reached or refuses a schema.</exception>
    public async Task<IReadOnlyList<string>> WatchEventsAsync(int history, CancellationToken cancellationToken)
    {
        var events = _component.Topics.Where(t => t.Kind == SalTopicKind.Event).ToList();
        await ReadAsync(events, history, cancellationToken).ConfigureAwait(false);
        return [.. events.Select(t => KafkaTopic(t.SalName))];
    }

    /// <summary>The events read, as lines, until cancelled (after <see cref="WatchEventsAsync"/>).</summary>
    /// <param name="cancellationToken">Stops reading (then the enumeration throws <see cref="OperationCanceledException"/>).</param>
    /// <returns>One line per event sample, in the order read (per topic in the order written).</returns>
    public async IAsyncEnumerable<SalEventLine> ReadEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await NextAsync(cancellationToken).ConfigureAwait(false) is { Sample: var sample } && sample.Topic.Kind == SalTopicKind.Event)
            {
                yield return new SalEventLine(sample.Topic.SalName["logevent_".Length..], SalText.Written(sample), SalText.Event(sample));
            }
        }
    }
}
