using System.Globalization;
using System.Text;

namespace Oods.Status;

/// <summary>A <see cref="StatusReport"/> as a table for the terminal (<c>oods status</c>).</summary>
public static class StatusTable
{
    private static readonly string[] Header = ["STREAM", "STATE", "BACKLOG", "SEEN", "HOUR OK/FAIL", "TOTAL OK/FAIL", "LAST INGESTED", "AGE"];

    /// <summary>Writes the table.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The text, lines separated by newlines.</returns>
    public static string Write(StatusReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"OODS {report.Version}: {(report.Ready ? "READY" : "NOT READY")}, ingest {(report.IngestEnabled ? "enabled" : "disabled")}")
            .Append(report.CscState is { } csc ? $", CSC {csc}" : ", standalone")
            .Append(report.KafkaConnected is { } kafka ? $", Kafka {(kafka ? "connected" : "disconnected")}" : "")
            .Append(CultureInfo.InvariantCulture, $", started {Stamp(report.Started)}\n");
        if (report.StalledLoops.Count > 0)
        {
            text.Append("Stalled: ").Append(string.Join(", ", report.StalledLoops)).Append('\n');
        }

        var rows = new List<string[]> { Header };
        rows.AddRange(report.Streams.Select(s => new[]
        {
            s.Name,
            s.State,
            s.Backlog.ToString(CultureInfo.InvariantCulture),
            s.Seen.ToString(CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"{s.LastHour.Ingested}/{s.LastHour.Failed}"),
            string.Create(CultureInfo.InvariantCulture, $"{s.SinceStart.Ingested}/{s.SinceStart.Failed}"),
            s.LastIngested?.ObsId ?? "-",
            s.LastSuccessAgeSeconds is { } age ? string.Create(CultureInfo.InvariantCulture, $"{age:0}s") : "-",
        }));
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            text.Append(string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd()).Append('\n');
        }

        var sources = report.Streams.Where(s => s.Source is not null).ToList();
        if (sources.Count > 0)
        {
            text.Append("\nSources:\n");
            foreach (var stream in sources)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {stream.Name}  {stream.Source!.Kind}  last good poll {SourceText.LastSuccess(stream.Source)}  {SourceText.State(stream.Source)}\n");
            }
        }

        var failures = report.Streams.SelectMany(s => s.RecentFailures.Select(f => (Stream: s.Name, Failure: f)))
            .OrderByDescending(f => f.Failure.Time).Take(10).ToList();
        if (failures.Count > 0)
        {
            text.Append("\nRecent failures:\n");
            foreach (var (stream, failure) in failures)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {Stamp(failure.Time)}  {stream}  {failure.ObsId}  status {failure.Status}: {failure.Description}\n")
                    .Append(CultureInfo.InvariantCulture, $"      now at {failure.Path}\n");
            }
        }

        return text.ToString();
    }

    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
