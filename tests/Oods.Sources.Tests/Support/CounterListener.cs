using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Oods.Core.Observability;

namespace Oods.Sources.Tests.Support;

/// <summary>Sums one counter of the OODS meter by its <c>stream</c> tag while alive.</summary>
internal sealed class CounterListener : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _totals = new(StringComparer.Ordinal);

    /// <summary>Starts listening to the counter <paramref name="name"/>.</summary>
    public CounterListener(string name)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == OodsMetrics.MeterName && instrument.Name == name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "stream" && tag.Value is string stream)
                {
                    _totals.AddOrUpdate(stream, value, (_, total) => total + value);
                }
            }
        });
        _listener.Start();
    }

    /// <summary>The sum for a stream so far.</summary>
    public long Total(string stream) => _totals.GetValueOrDefault(stream);

    /// <inheritdoc/>
    public void Dispose() => _listener.Dispose();
}
