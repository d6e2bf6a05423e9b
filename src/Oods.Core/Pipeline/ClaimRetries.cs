namespace Oods.Core.Pipeline;

/// <summary>Files that could not be claimed, with exponential backoff and a give-up count.</summary>
/// <remarks>The Python OODS retried such files every scan, forever and without a word; this reports them.</remarks>
internal sealed class ClaimRetries(TimeProvider time)
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LongestDelay = TimeSpan.FromMinutes(5);
    private readonly Dictionary<string, (int Attempts, DateTimeOffset NextTry)> _waiting = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Whether the file is waiting for its next attempt.</summary>
    /// <param name="path">The landing path.</param>
    /// <returns>True to leave it out of this scan.</returns>
    public bool IsWaiting(string path)
    {
        lock (_gate)
        {
            return _waiting.TryGetValue(path, out var w) && w.NextTry > time.GetUtcNow();
        }
    }

    /// <summary>Records a failed attempt.</summary>
    /// <param name="path">The landing path.</param>
    /// <returns>The number of attempts so far.</returns>
    public int Failed(string path)
    {
        lock (_gate)
        {
            var attempts = _waiting.TryGetValue(path, out var w) ? w.Attempts + 1 : 1;
            var delay = TimeSpan.FromTicks(Math.Min(LongestDelay.Ticks, FirstDelay.Ticks << Math.Min(attempts - 1, 20)));
            _waiting[path] = (attempts, time.GetUtcNow() + delay);
            return attempts;
        }
    }

    /// <summary>Forgets a file (claimed, or gone).</summary>
    /// <param name="path">The landing path.</param>
    public void Forget(string path)
    {
        lock (_gate)
        {
            _waiting.Remove(path);
        }
    }

    /// <summary>How long to sleep: the scan interval, or less when a retry falls due sooner.</summary>
    /// <param name="scanInterval">The scan interval.</param>
    /// <returns>The wait.</returns>
    public TimeSpan NextWait(TimeSpan scanInterval)
    {
        var now = time.GetUtcNow();
        var wait = scanInterval;
        lock (_gate)
        {
            foreach (var (_, (_, next)) in _waiting)
            {
                var until = next - now;
                if (until < wait)
                {
                    wait = until < TimeSpan.Zero ? TimeSpan.Zero : until;
                }
            }
        }

        return wait;
    }
}
