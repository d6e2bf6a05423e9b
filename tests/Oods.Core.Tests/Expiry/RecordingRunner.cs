using Microsoft.Extensions.Time.Testing;
using Oods.Core.Expiry;

namespace Oods.Core.Tests.Expiry;

/// <summary>A hand-written fake runner: records when each pass started (on the fake clock) and can hold passes open.</summary>
internal sealed class RecordingRunner(FakeTimeProvider time) : IExpiryRunner
{
    private readonly Lock _gate = new();
    private readonly List<DateTimeOffset> _starts = [];
    private int _running;
    private int _maxRunning;

    /// <summary>While set, passes wait for it to complete.</summary>
    public TaskCompletionSource? Hold { get; set; }

    public IReadOnlyList<DateTimeOffset> Starts
    {
        get
        {
            lock (_gate)
            {
                return [.. _starts];
            }
        }
    }

    public int MaxRunning => Volatile.Read(ref _maxRunning);

    public async Task<ExpiryTally> RunAsync(ExpiryJob job, bool dryRun, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var running = Interlocked.Increment(ref _running);
        lock (_gate)
        {
            _starts.Add(time.GetUtcNow());
            _maxRunning = Math.Max(_maxRunning, running);
        }

        if (Hold is { } hold)
        {
            await hold.Task.WaitAsync(cancellationToken);
        }

        Interlocked.Decrement(ref _running);
        return new ExpiryTally();
    }
}
