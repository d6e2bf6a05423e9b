using System.Globalization;
using System.Text;

namespace Oods.EndToEnd.Driver;

/// <summary>The results as a Markdown table, every OODS figure with its ratio to the baseline of the same scenario.</summary>
internal static class ReportTable
{
    /// <summary>Formats the table.</summary>
    /// <param name="rows">Measurements (medians when repeated), baseline rows included.</param>
    /// <param name="skipped">Systems that could not run, with the reason.</param>
    /// <returns>The Markdown text.</returns>
    public static string Format(IReadOnlyList<Measurement> rows, IReadOnlyList<(string System, string Reason)> skipped)
    {
        var text = new StringBuilder();
        text.AppendLine("| scenario | system | files | p50 ms | p90 ms | p99 ms | max ms | done after last ms | files/s | CPU ms/file | peak RSS MB |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            var baseline = rows.FirstOrDefault(r => r.Scenario.Name == row.Scenario.Name && r.System.StartsWith("baseline", StringComparison.Ordinal));
            var isBaseline = ReferenceEquals(baseline, row) || baseline is null;
            string Cell(Func<Measurement, double> value) =>
                isBaseline ? Number(value(row)) : $"{Number(value(row))} (×{Ratio(value(row), value(baseline!))})";
            text.Append(CultureInfo.InvariantCulture, $"| {row.Scenario.Name} | {row.System} | {row.Outcomes}/{row.Scenario.Files} | ")
                .Append(CultureInfo.InvariantCulture, $"{Cell(m => m.P50)} | {Cell(m => m.P90)} | {Cell(m => m.P99)} | {Cell(m => m.Max)} | ")
                .Append(CultureInfo.InvariantCulture, $"{Cell(m => m.DoneAfterLast)} | {Cell(m => m.FilesPerSecond)} | {Cell(m => m.CpuMsPerFile)} | {Cell(m => m.PeakRssMb)} |")
                .AppendLine();
        }

        foreach (var (system, reason) in skipped)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| all | {system} | not available: {reason} | | | | | | | | |");
        }

        return text.ToString();
    }

    private static string Number(double value) => value switch
    {
        double.NaN => "–",
        >= 100 => value.ToString("F0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("F1", CultureInfo.InvariantCulture),
        _ => value.ToString("F2", CultureInfo.InvariantCulture),
    };

    private static string Ratio(double value, double baseline) =>
        double.IsNaN(value) || double.IsNaN(baseline) || baseline == 0 ? "–" : (value / baseline).ToString("F1", CultureInfo.InvariantCulture);
}
