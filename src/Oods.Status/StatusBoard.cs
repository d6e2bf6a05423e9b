using System.Globalization;
using Oods.Core.Health;
using Oods.Core.Lifecycle;
using Oods.Core.Observability;
using Oods.Core.Outcomes;
using Oods.Core.Pipeline;

namespace Oods.Status;

/// <summary>What the status endpoint knows: outcomes counted per stream, plus the streams' own reports and health.</summary>
internal sealed class StatusBoard
{
    private readonly Lock _gate = new();
    private readonly IReadOnlyList<StreamSettings> _streams;
    private readonly IReadOnlyList<string> _names;
    private readonly Dictionary<string, StreamTally> _tallies = new(StringComparer.Ordinal);
    private readonly StreamMonitor _monitor;
    private readonly LoopHealth _health;
    private readonly IngestSwitch _switch;
    private readonly TimeProvider _time;
    private readonly TimeSpan _stallAfter;
    private readonly DateTimeOffset _started;
    private readonly string _version;

    /// <summary>Creates the board.</summary>
    /// <param name="settings">The streams and options.</param>
    /// <param name="monitor">The streams' self-reports.</param>
    /// <param name="health">Loop progress.</param>
    /// <param name="ingestSwitch">Whether ingest is enabled.</param>
    /// <param name="time">The clock.</param>
    public StatusBoard(StatusSettings settings, StreamMonitor monitor, LoopHealth health, IngestSwitch ingestSwitch, TimeProvider time)
    {
        _streams = settings.Streams;
        _names = settings.StreamNames;
        _stallAfter = TimeSpan.FromSeconds(settings.Options.StallSeconds);
        _version = settings.Version;
        _monitor = monitor;
        _health = health;
        _switch = ingestSwitch;
        _time = time;
        _started = time.GetUtcNow();
        foreach (var name in _names)
        {
            _tallies[name] = new StreamTally();
        }
    }

    /// <summary>The configured file streams.</summary>
    public IReadOnlyList<StreamSettings> Streams => _streams;

    /// <summary>Every configured stream's name, message streams included.</summary>
    public IReadOnlyList<string> StreamNames => _names;

    /// <summary>Counts an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    public void Record(FileOutcome outcome)
    {
        lock (_gate)
        {
            if (!_tallies.TryGetValue(outcome.Stream, out var tally))
            {
                tally = _tallies[outcome.Stream] = new StreamTally();
            }

            tally.Add(outcome);
        }
    }

    /// <summary>The loops that made no progress for longer than the configured stall time.</summary>
    /// <returns>Their names.</returns>
    public IReadOnlyList<string> Stalled() => _health.Stalled(_stallAfter);

    /// <summary>Whether ingest is enabled and every stream is ingesting with its loop alive.</summary>
    /// <param name="why">Why not, when not.</param>
    /// <returns>Whether ready.</returns>
    public bool IsReady(out string why)
    {
        var notReady = new List<string>();
        if (!_switch.IsEnabled)
        {
            notReady.Add("ingest is disabled");
        }

        var beats = _health.LastBeats;
        foreach (var name in _names)
        {
            var state = StateOf(name);
            if (state is not StreamState.Ingesting)
            {
                notReady.Add($"stream {name} is {state}");
            }
            else if (!beats.ContainsKey(LoopName(name)))
            {
                notReady.Add($"stream {name} has not started its loop");
            }

            // A polled source failing poll after poll feeds nothing. Not s3: its failures are Kafka client errors,
            // and over an idle topic no success would clear them.
            if (_monitor.Streams.GetValueOrDefault(name)?.Source is { Kind: not "s3", FailuresInARow: >= SourceHealth.NotReadyAfter } source)
            {
                notReady.Add(string.Create(CultureInfo.InvariantCulture, $"stream {name}'s {source.Kind} source failing since {source.FailingSince:yyyy-MM-dd HH:mm:ss'Z'}: {source.Error}"));
            }
        }

        notReady.AddRange(Stalled().Select(l => $"{l} stalled"));
        why = string.Join("; ", notReady);
        return notReady.Count == 0;
    }

    /// <summary>The current report.</summary>
    /// <returns>The report.</returns>
    public StatusReport Report()
    {
        var now = _time.GetUtcNow();
        var views = new List<StreamView>();
        lock (_gate)
        {
            foreach (var name in _names)
            {
                var tally = _tallies[name];
                var report = _monitor.Streams.GetValueOrDefault(name);
                views.Add(new StreamView
                {
                    Name = name,
                    State = StateOf(name).ToString(),
                    LandingDirectories = _streams.FirstOrDefault(s => s.Name == name)?.LandingDirectories ?? [],
                    Backlog = report?.Backlog ?? 0,
                    Seen = report?.Seen ?? 0,
                    SinceStart = new FileCounts(tally.Ingested, tally.Failed),
                    LastHour = tally.LastHour(now),
                    LastIngested = tally.LastIngested,
                    LastSuccessAgeSeconds = tally.LastIngested is { } last ? Math.Max(0, (now - last.Time).TotalSeconds) : null,
                    RecentFailures = tally.Failures(),
                    Source = report?.Source is { } source ? new SourceView
                    {
                        Kind = source.Kind,
                        LastSuccess = source.LastSuccess,
                        FailingSince = source.FailingSince,
                        Error = source.Error,
                        FailuresInARow = source.FailuresInARow,
                        Failures = source.Failures,
                    }
                    : null,
                });
            }
        }

        return new StatusReport
        {
            Version = _version,
            Time = now,
            Started = _started,
            IngestEnabled = _switch.IsEnabled,
            Ready = IsReady(out _),
            StalledLoops = Stalled(),
            CscState = OodsMetrics.CscState,
            KafkaConnected = OodsMetrics.KafkaConnected,
            Streams = views,
        };
    }

    /// <summary>Seconds since each stream last ingested a file (streams that never did are left out).</summary>
    /// <returns>Stream and age.</returns>
    public List<(string Stream, double Seconds)> SuccessAges()
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            return _tallies.Where(t => t.Value.LastIngested is not null)
                .Select(t => (t.Key, Math.Max(0, (now - t.Value.LastIngested!.Time).TotalSeconds)))
                .ToList();
        }
    }

    /// <summary>Seconds since each remote source last polled successfully (sources that never did are left out).</summary>
    /// <returns>Stream, source kind and age.</returns>
    public List<(string Stream, string Kind, double Seconds)> SourcePollAges()
    {
        var now = _time.GetUtcNow();
        return _monitor.Streams
            .Where(s => s.Value.Source?.LastSuccess is not null)
            .Select(s => (s.Key, s.Value.Source!.Kind, Math.Max(0, (now - s.Value.Source.LastSuccess!.Value).TotalSeconds)))
            .ToList();
    }

    private static string LoopName(string stream) => $"stream {stream}";

    private StreamState StateOf(string stream)
    {
        if (_monitor.Streams.TryGetValue(stream, out var report) && report.State != StreamState.Starting)
        {
            return report.State;
        }

        // A stream that reports no state is judged by its loop: beating while enabled means ingesting.
        if (!_switch.IsEnabled)
        {
            return StreamState.Disabled;
        }

        return _health.LastBeats.ContainsKey(LoopName(stream)) ? StreamState.Ingesting : StreamState.Starting;
    }
}
