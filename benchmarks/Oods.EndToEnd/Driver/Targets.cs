using System.Globalization;

namespace Oods.EndToEnd.Driver;

/// <summary>The issue's performance targets, checked against OODS with SQLite.</summary>
internal static class Targets
{
    /// <summary>One line per target: met or missed, with the measured value.</summary>
    /// <param name="rows">The measurements.</param>
    /// <param name="system">The OODS system the targets apply to.</param>
    /// <returns>The lines.</returns>
    public static IEnumerable<string> Check(IReadOnlyList<Measurement> rows, string system)
    {
        Measurement? Row(ScenarioKind kind, string of) => rows.FirstOrDefault(r => r.Scenario.Kind == kind && r.System == of);
        var steady = Row(ScenarioKind.Steady, system);
        var burst = Row(ScenarioKind.Burst, system);
        var backlog = Row(ScenarioKind.Backlog, system);
        var baseline = rows.FirstOrDefault(r => r.Scenario.Kind == ScenarioKind.Backlog && r.System.StartsWith("baseline", StringComparison.Ordinal));
        yield return Line("single file p50 ≤ 20 ms", steady?.P50, v => v <= 20, "ms");
        yield return Line("single file p99 ≤ 100 ms", steady?.P99, v => v <= 100, "ms");
        yield return Line("205-file burst complete ≤ 1 s after the last lands (worst burst)", burst?.DoneAfterLast, v => v <= 1000, "ms");
        yield return Line("≥ 2 000 files/s with SQLite direct (backlog drain)", backlog?.FilesPerSecond, v => v >= 2000, "files/s");
        yield return Line("peak RSS ≤ 150 MB through the backlog", backlog?.PeakRssMb, v => v <= 150, "MB");
        yield return Line(
            "backlog throughput within 3× of the baseline",
            backlog is null || baseline is null ? null : baseline.FilesPerSecond / backlog.FilesPerSecond,
            v => v <= 3,
            "× slower");
    }

    private static string Line(string target, double? value, Func<double, bool> met, string unit) =>
        value is not { } v || double.IsNaN(v)
            ? $"- {target}: not measured"
            : string.Create(CultureInfo.InvariantCulture, $"- {target}: {(met(v) ? "MET" : "MISSED")} ({v:F1} {unit})");
}
