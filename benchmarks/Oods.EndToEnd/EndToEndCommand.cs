using System.Diagnostics;
using System.Globalization;
using Oods.EndToEnd.Baseline;
using Oods.EndToEnd.Driver;
using Oods.EndToEnd.Raws;

namespace Oods.EndToEnd;

/// <summary>
/// The end-to-end benchmark: every scenario on the baseline and on OODS (SQLite, PostgreSQL when it can), then
/// the table. <c>baseline LANDING STAGING DB SCHEMA JOURNAL BATCH</c> runs the baseline process itself.
/// </summary>
internal static class EndToEndCommand
{
    private const string Usage = "usage: oods-e2e [--quick] [--repeat N] [--batch-size N] [--only steady,burst,backlog] [--systems baseline,sqlite,postgres] [--pixels] [--postgres CONN] [--oods DLL] [--work DIR] [--keep] [--backlog N]";

    /// <summary>Runs the driver or the baseline process.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args)
    {
        if (args is ["baseline", var landing, var staging, var db, var schema, var journal, var batch])
        {
            using var baseline = new BaselineIngester(landing, staging, db, File.ReadAllText(schema), journal, int.Parse(batch, System.Globalization.CultureInfo.InvariantCulture));
            await baseline.RunAsync();
            return 0;
        }

        DriverOptions options;
        try
        {
            options = DriverOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            await Console.Error.WriteLineAsync($"{e.Message}{Environment.NewLine}{Usage}");
            return 2;
        }

        return await DriveAsync(options);
    }

    private static async Task<int> DriveAsync(DriverOptions options)
    {
        var clock = Stopwatch.StartNew();
        var repo = RepositoryRoot();
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var oodsDll = options.Oods ?? Path.Combine(repo, "src", "Oods.Host", "bin", configuration, "net10.0", "oods.dll");
        var schema = Path.Combine(repo, "src", "Oods.Butler", "Gen3", "Schema", "gen3_daf_butler-30.0.0_universe7.sql");
        var realRaw = Path.Combine(repo, "..", "shared", "data", "obs_lsst", "gen3", "comCam", "raw", "2019-05-30", "3019053000001", "3019053000001-R22-S00-det000.fits");
        var systems = new List<SystemUnderTest>
        {
            new BaselineSystem(schema, options.BatchSize),
            new OodsSystem("OODS SQLite", oodsDll, options.BatchSize),
            new OodsSystem(
                "OODS PostgreSQL",
                oodsDll,
                options.BatchSize,
                string.IsNullOrEmpty(options.Postgres) ? null : PostgresSupport.Url(options.Postgres),
                PostgresSupport.WhyUnavailable(options.Postgres, oodsDll)),
        };
        var scenarios = Scenarios(options);
        Console.WriteLine($"OODS {oodsDll} ({configuration}); {Environment.ProcessorCount} cores; load average {LoadAverage()}; batch_size {options.BatchSize}; {options.Repeat} run(s) each");
        var runner = new ScenarioRunner(new RawGenerator(realRaw, options.Pixels), Path.Combine(options.Work, $"oods-e2e-{Environment.ProcessId}"), options.Keep);
        var rows = new List<Measurement>();
        var skipped = new List<(string, string)>();
        foreach (var system in systems.Where(s => options.Systems.Count == 0 || options.Systems.Any(n => s.Name.Contains(n, StringComparison.OrdinalIgnoreCase))))
        {
            if (system.Unavailable is { } reason)
            {
                skipped.Add((system.Name, reason));
                continue;
            }

            foreach (var scenario in scenarios)
            {
                var runs = new List<Measurement>();
                for (var n = 0; n < options.Repeat; n++)
                {
                    var measured = await runner.RunAsync(system, scenario);
                    Console.WriteLine($"  {scenario.Name,-28} {system.Name,-18} p50 {measured.P50,8:F1} ms  p99 {measured.P99,8:F1} ms  {measured.FilesPerSecond,8:F0} files/s  {measured.Note}");
                    runs.Add(measured);
                }

                rows.Add(Median(runs));
            }
        }

        Console.WriteLine();
        Console.Write(ReportTable.Format(rows, skipped));
        Console.WriteLine();
        Console.WriteLine("Targets (issue 11, OODS SQLite):");
        foreach (var line in Targets.Check(rows, "OODS SQLite"))
        {
            Console.WriteLine(line);
        }

        Console.WriteLine($"{Environment.NewLine}Ratios (×) are OODS / baseline for the same scenario. Whole run: {clock.Elapsed.TotalSeconds:F0} s; load average now {LoadAverage()}.");
        foreach (var note in rows.Where(r => r.Note is not null))
        {
            Console.WriteLine($"note: {note.Scenario.Name} on {note.System}: {note.Note}");
        }

        return rows.Any(r => r.Outcomes < r.Scenario.Files) ? 1 : 0;
    }

    private static List<Scenario> Scenarios(DriverOptions options)
    {
        var backlog = options.BacklogFiles ?? (options.Quick ? 2000 : 10_000);
        var backlogScenario = new Scenario($"{backlog.ToString("N0", CultureInfo.InvariantCulture).Replace(',', ' ')}-file backlog", ScenarioKind.Backlog, backlog, 0, 2001);
        List<Scenario> all = options.Quick
            ? [new("steady 20/s for 10 s", ScenarioKind.Steady, 200, 20, 1), new("205-file bursts ×2", ScenarioKind.Burst, 410, 205, 1001), backlogScenario]
            : [new("steady 20/s for 30 s", ScenarioKind.Steady, 600, 20, 1), new("205-file bursts ×5", ScenarioKind.Burst, 1025, 205, 1001), backlogScenario];
        return options.Only.Count == 0 ? all : all.Where(s => options.Only.Contains(s.Kind.ToString(), StringComparer.OrdinalIgnoreCase)).ToList();
    }

    private static Measurement Median(List<Measurement> runs)
    {
        double Of(Func<Measurement, double> value) => runs.Select(value).Order().ElementAt(runs.Count / 2);
        return runs[0] with
        {
            Outcomes = runs.Min(r => r.Outcomes),
            P50 = Of(r => r.P50),
            P90 = Of(r => r.P90),
            P99 = Of(r => r.P99),
            Max = Of(r => r.Max),
            DoneAfterLast = Of(r => r.DoneAfterLast),
            FilesPerSecond = Of(r => r.FilesPerSecond),
            CpuMsPerFile = Of(r => r.CpuMsPerFile),
            PeakRssMb = Of(r => r.PeakRssMb),
            Note = runs.Select(r => r.Note).FirstOrDefault(n => n is not null),
        };
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Oods.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Oods.sln above {AppContext.BaseDirectory}");
    }
}
