using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Oods.Status;

/// <summary>The HTML page at <c>/</c>: rendered on the server, no external assets, reloading itself every few seconds.</summary>
internal static class StatusPage
{
    /// <summary>Seconds between reloads.</summary>
    public const int RefreshSeconds = 5;

    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
        table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}
        th{background:#f2f2f2}.ok{color:#176317}.bad{color:#a31515;font-weight:bold}.muted{color:#777}code{font-size:.9em}
        """;

    /// <summary>Renders the page.</summary>
    /// <param name="report">What to show.</param>
    /// <returns>The HTML.</returns>
    public static string Render(StatusReport report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append(CultureInfo.InvariantCulture, $"<meta http-equiv=\"refresh\" content=\"{RefreshSeconds}\">")
            .Append("<title>OODS status</title><style>").Append(Style).Append("</style></head><body>")
            .Append("<h1>OODS status</h1><p>")
            .Append(Cell(report.Ready ? "Ready" : "Not ready", report.Ready ? "ok" : "bad"))
            .Append(" &middot; ingest ").Append(report.IngestEnabled ? "enabled" : "disabled")
            .Append(" &middot; CSC ").Append(E(report.CscState ?? "standalone"))
            .Append(report.KafkaConnected is { } kafka ? $" &middot; Kafka {(kafka ? "connected" : "disconnected")}" : "")
            .Append(" &middot; version ").Append(E(report.Version))
            .Append(" &middot; started ").Append(Time(report.Started))
            .Append(" &middot; as of ").Append(Time(report.Time)).Append("</p>");
        if (report.StalledLoops.Count > 0)
        {
            html.Append("<p class=\"bad\">Stalled: ").Append(E(string.Join(", ", report.StalledLoops))).Append("</p>");
        }

        html.Append("<h2>Streams</h2><table id=\"streams\"><tr><th>Stream</th><th>State</th><th>Backlog</th><th>Seen</th>")
            .Append("<th>Last hour<br>ingested / failed</th><th>Since start<br>ingested / failed</th><th>Last ingested</th></tr>");
        foreach (var stream in report.Streams)
        {
            html.Append("<tr class=\"stream\"><td class=\"stream-name\">").Append(E(stream.Name)).Append("</td>")
                .Append("<td>").Append(Cell(stream.State, stream.State == "Ingesting" ? "ok" : "bad")).Append("</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{stream.Backlog}</td><td>{stream.Seen}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{stream.LastHour.Ingested} / {stream.LastHour.Failed}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{stream.SinceStart.Ingested} / {stream.SinceStart.Failed}</td><td>");
            html.Append(stream.LastIngested is { } last
                ? $"{E(last.ObsId)} at {Time(last.Time)}<br><code>{E(last.Path)}</code>"
                : "<span class=\"muted\">none yet</span>");
            html.Append("</td></tr>");
        }

        html.Append("</table>");
        var sources = report.Streams.Where(s => s.Source is not null).ToList();
        if (sources.Count > 0)
        {
            html.Append("<h2>Remote sources</h2><table id=\"sources\"><tr><th>Stream</th><th>Source</th><th>Last good poll</th><th>State</th><th>Failed polls</th></tr>");
            foreach (var stream in sources)
            {
                var source = stream.Source!;
                html.Append("<tr class=\"source\"><td>").Append(E(stream.Name)).Append("</td><td>").Append(E(source.Kind))
                    .Append("</td><td>").Append(E(SourceText.LastSuccess(source))).Append("</td><td class=\"source-state\">")
                    .Append(Cell(SourceText.State(source), source.FailingSince is null ? "ok" : "bad"))
                    .Append(CultureInfo.InvariantCulture, $"</td><td>{source.Failures}</td></tr>");
            }

            html.Append("</table>");
        }

        html.Append("<h2>Recent failures</h2>");
        var failures = report.Streams.SelectMany(s => s.RecentFailures.Select(f => (Stream: s.Name, Failure: f)))
            .OrderByDescending(f => f.Failure.Time).Take(20).ToList();
        if (failures.Count == 0)
        {
            html.Append("<p class=\"muted\">None since start.</p>");
        }
        else
        {
            html.Append("<table id=\"failures\"><tr><th>Time</th><th>Stream</th><th>File</th><th>Status</th><th>Reason</th><th>Where it is now</th></tr>");
            foreach (var (stream, failure) in failures)
            {
                html.Append("<tr class=\"failure\"><td>").Append(Time(failure.Time)).Append("</td><td>").Append(E(stream))
                    .Append("</td><td>").Append(E(failure.ObsId)).Append("<br><code>").Append(E(failure.Source)).Append("</code></td>")
                    .Append(CultureInfo.InvariantCulture, $"<td>{failure.Status}</td>")
                    .Append("<td class=\"reason\">").Append(E(failure.Description)).Append("</td>")
                    .Append("<td><code>").Append(E(failure.Path)).Append("</code></td></tr>");
            }

            html.Append("</table>");
        }

        html.Append("<p class=\"muted\">JSON: <a href=\"status\">/status</a> &middot; Prometheus: <a href=\"metrics\">/metrics</a> &middot; ")
            .Append("<a href=\"healthz\">/healthz</a> &middot; <a href=\"readyz\">/readyz</a></p></body></html>");
        return html.ToString();
    }

    private static string E(string text) => HtmlEncoder.Default.Encode(text);

    private static string Cell(string text, string cssClass) => $"<span class=\"{cssClass}\">{E(text)}</span>";

    private static string Time(DateTimeOffset time) => E(time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture));
}
