using Oods.Core.Outcomes;

namespace Oods.Status;

/// <summary>The outcome counts of one stream: since start, and per minute for the last hour. Not thread-safe.</summary>
internal sealed class StreamTally
{
    /// <summary>Failures kept for the page.</summary>
    public const int FailuresKept = 20;

    private readonly long[] _minute = new long[60];
    private readonly long[] _ingested = new long[60];
    private readonly long[] _failed = new long[60];
    private readonly LinkedList<OutcomeView> _failures = new();

    /// <summary>Ingested since start.</summary>
    public long Ingested { get; private set; }

    /// <summary>Failed since start.</summary>
    public long Failed { get; private set; }

    /// <summary>The last outcome with status 0.</summary>
    public OutcomeView? LastIngested { get; private set; }

    /// <summary>Counts an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    public void Add(FileOutcome outcome)
    {
        var minute = outcome.Time.ToUnixTimeSeconds() / 60;
        var slot = (int)(minute % 60);
        if (_minute[slot] != minute)
        {
            _minute[slot] = minute;
            _ingested[slot] = 0;
            _failed[slot] = 0;
        }

        if (outcome.Status == OutcomeStatus.Ingested)
        {
            Ingested++;
            _ingested[slot]++;
            if (LastIngested is null || outcome.Time >= LastIngested.Time)
            {
                LastIngested = OutcomeView.From(outcome);
            }

            return;
        }

        Failed++;
        _failed[slot]++;
        _failures.AddFirst(OutcomeView.From(outcome));
        if (_failures.Count > FailuresKept)
        {
            _failures.RemoveLast();
        }
    }

    /// <summary>Outcomes in the hour before <paramref name="now"/>.</summary>
    /// <param name="now">The time.</param>
    /// <returns>The counts.</returns>
    public FileCounts LastHour(DateTimeOffset now)
    {
        var current = now.ToUnixTimeSeconds() / 60;
        long ingested = 0, failed = 0;
        for (var slot = 0; slot < 60; slot++)
        {
            if (current - _minute[slot] < 60)
            {
                ingested += _ingested[slot];
                failed += _failed[slot];
            }
        }

        return new FileCounts(ingested, failed);
    }

    /// <summary>The latest failures, newest first.</summary>
    /// <returns>A copy.</returns>
    public List<OutcomeView> Failures() => [.. _failures];
}
