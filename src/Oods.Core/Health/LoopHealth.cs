using System.Collections.Concurrent;

namespace Oods.Core.Health;

/// <summary>
/// Where each long-running loop says "I made progress"; the watchdog and the health endpoint read it.
/// </summary>
/// <remarks>
/// A loop beats once per iteration, and every iteration is bounded (a batch, or a wait of at most the scan
/// interval), so a loop that stops beating is hung or dead — and then the service must stop looking alive.
/// </remarks>
public sealed class LoopHealth(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _beats = new(StringComparer.Ordinal);

    /// <summary>Records progress of a loop.</summary>
    /// <param name="loop">The loop's name (e.g. <c>stream LATISS</c>).</param>
    public void Beat(string loop) => _beats[loop] = time.GetUtcNow();

    /// <summary>Removes a loop that stopped on purpose.</summary>
    /// <param name="loop">The loop's name.</param>
    public void Retire(string loop) => _beats.TryRemove(loop, out _);

    /// <summary>The loops that have not beaten within <paramref name="maxAge"/>.</summary>
    /// <param name="maxAge">The longest allowed silence.</param>
    /// <returns>Their names; empty when all are alive.</returns>
    public IReadOnlyList<string> Stalled(TimeSpan maxAge)
    {
        var now = time.GetUtcNow();
        return _beats.Where(b => now - b.Value > maxAge).Select(b => b.Key).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The loops known, with their last beat.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> LastBeats => _beats;
}
