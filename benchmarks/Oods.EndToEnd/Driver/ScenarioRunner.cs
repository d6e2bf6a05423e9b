using System.Diagnostics;
using Oods.EndToEnd.Raws;

namespace Oods.EndToEnd.Driver;

/// <summary>
/// Runs one scenario on one system in fresh directories and a fresh process: writes each raw under a hidden name,
/// renames it into landing (t0), and takes each file's outcome time from the journal the system writes.
/// </summary>
/// <param name="generator">Makes the raws.</param>
/// <param name="workRoot">Where run directories are made.</param>
/// <param name="keep">Keep run directories afterwards.</param>
internal sealed class ScenarioRunner(RawGenerator generator, string workRoot, bool keep)
{
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(120);

    /// <summary>Runs the scenario.</summary>
    /// <param name="system">The system.</param>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The measurement.</returns>
    public async Task<Measurement> RunAsync(SystemUnderTest system, Scenario scenario)
    {
        var run = new RunDirectory(Path.Combine(workRoot, $"{Slug(system.Name)}-{Slug(scenario.Name)}-{Guid.NewGuid():N}"[..48])).Create();
        try
        {
            return scenario.Kind switch
            {
                ScenarioKind.Backlog => await BacklogAsync(system, scenario, run),
                _ => await LiveAsync(system, scenario, run),
            };
        }
        finally
        {
            if (!keep)
            {
                Directory.Delete(run.Root, recursive: true);
            }
        }
    }

    private async Task<Measurement> BacklogAsync(SystemUnderTest system, Scenario scenario, RunDirectory run)
    {
        var names = new List<string>(scenario.Files);
        for (var i = 0; i < scenario.Files; i++)
        {
            names.Add(Land(run, scenario, i));
        }

        using var process = system.Start(run);
        await process.WaitReadyAsync(Startup);
        var tail = new OutcomeTail(run.Journal);
        var complete = await tail.WaitForAsync(names, TimeSpan.FromSeconds(300), process);
        var cpu = ProcessStats.CpuSeconds(process.Id);
        var rss = ProcessStats.PeakRssMegabytes(process.Id);
        var times = names.Where(tail.Outcomes.ContainsKey).Select(n => tail.Outcomes[n]).Order().ToList();
        var latencies = times.Select(t => (t - process.Started).TotalMilliseconds).ToArray();
        return Summarise(system, scenario, tail, latencies, complete, process) with
        {
            DoneAfterLast = latencies.Length > 0 ? latencies[^1] : double.NaN,
            FilesPerSecond = times.Count > 1 ? (times.Count - 1) / (times[^1] - times[0]).TotalSeconds : double.NaN,
            CpuMsPerFile = cpu * 1000 / Math.Max(1, times.Count),
            PeakRssMb = rss,
        };
    }

    private async Task<Measurement> LiveAsync(SystemUnderTest system, Scenario scenario, RunDirectory run)
    {
        using var process = system.Start(run);
        await process.WaitReadyAsync(Startup);
        var tail = new OutcomeTail(run.Journal);
        var cpuBefore = ProcessStats.CpuSeconds(process.Id);
        var landed = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var doneAfterLast = new List<double>();
        var complete = true;
        if (scenario.Kind == ScenarioKind.Steady)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < scenario.Files; i++)
            {
                var due = TimeSpan.FromSeconds((double)i / scenario.Rate);
                if (due > clock.Elapsed)
                {
                    await Task.Delay(due - clock.Elapsed);
                }

                var name = Land(run, scenario, i);
                landed[name] = DateTimeOffset.UtcNow;
            }

            complete = await tail.WaitForAsync(landed.Keys, TimeSpan.FromSeconds(120), process);
        }
        else
        {
            for (var start = 0; start < scenario.Files && complete; start += scenario.Rate)
            {
                var burst = Enumerable.Range(start, Math.Min(scenario.Rate, scenario.Files - start)).Select(i => Hide(run, scenario, i)).ToList();
                var last = DateTimeOffset.MinValue;
                foreach (var hidden in burst)
                {
                    File.Move(hidden, Path.Combine(run.Landing, Path.GetFileName(hidden)[1..]));
                    last = DateTimeOffset.UtcNow;
                    landed[Path.GetFileName(hidden)[1..]] = last;
                }

                var names = burst.Select(h => Path.GetFileName(h)[1..]).ToList();
                complete = await tail.WaitForAsync(names, TimeSpan.FromSeconds(120), process);
                if (complete)
                {
                    doneAfterLast.Add((names.Max(n => tail.Outcomes[n]) - last).TotalMilliseconds);
                }

                // An exposure every few seconds, not back to back: each burst starts on a quiet service.
                await Task.Delay(500);
            }
        }

        var cpu = ProcessStats.CpuSeconds(process.Id) - cpuBefore;
        var rss = ProcessStats.PeakRssMegabytes(process.Id);
        var done = landed.Keys.Where(tail.Outcomes.ContainsKey).ToList();
        var latencies = done.Select(n => (tail.Outcomes[n] - landed[n]).TotalMilliseconds).ToArray();
        var span = done.Count > 0 ? (done.Max(n => tail.Outcomes[n]) - landed.Values.Min()).TotalSeconds : double.NaN;
        return Summarise(system, scenario, tail, latencies, complete, process) with
        {
            DoneAfterLast = doneAfterLast.Count > 0 ? doneAfterLast.Max() : double.NaN,
            FilesPerSecond = scenario.Kind == ScenarioKind.Steady ? done.Count / span : BurstRate(done, landed, tail, scenario.Rate),
            CpuMsPerFile = cpu * 1000 / Math.Max(1, done.Count),
            PeakRssMb = rss,
        };
    }

    /// <summary>Files per second within bursts: each burst's files over its first rename to its last outcome.</summary>
    private static double BurstRate(List<string> done, Dictionary<string, DateTimeOffset> landed, OutcomeTail tail, int size)
    {
        var seconds = done.Chunk(size).Sum(b => (b.Max(n => tail.Outcomes[n]) - b.Min(n => landed[n])).TotalSeconds);
        return done.Count / seconds;
    }

    private static Measurement Summarise(SystemUnderTest system, Scenario scenario, OutcomeTail tail, double[] latencies, bool complete, ChildProcess process)
    {
        Array.Sort(latencies);
        string? note = null;
        if (!complete)
        {
            note = $"only {latencies.Length} of {scenario.Files} outcomes in time{(process.HasExited ? " (process exited)" : "")}: {process.Output()}";
        }
        else if (tail.Failures > 0)
        {
            note = $"{tail.Failures} failed, e.g. {tail.LastFailure}";
        }

        return new Measurement
        {
            Scenario = scenario,
            System = system.Name,
            Outcomes = latencies.Length,
            Failures = tail.Failures,
            P50 = Percentile(latencies, 0.50),
            P90 = Percentile(latencies, 0.90),
            P99 = Percentile(latencies, 0.99),
            Max = latencies.Length > 0 ? latencies[^1] : double.NaN,
            Note = note,
        };
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    /// <summary>Writes raw <paramref name="index"/> under a hidden name in landing and renames it into place.</summary>
    private string Land(RunDirectory run, Scenario scenario, int index)
    {
        var hidden = Hide(run, scenario, index);
        var name = Path.GetFileName(hidden)[1..];
        File.Move(hidden, Path.Combine(run.Landing, name));
        return name;
    }

    /// <summary>Writes raw <paramref name="index"/> under a hidden name in landing (ignored by OODS and the baseline).</summary>
    private string Hide(RunDirectory run, Scenario scenario, int index)
    {
        var hidden = Path.Combine(run.Landing, "." + RawGenerator.Name(scenario.SequenceBase, index));
        File.WriteAllBytes(hidden, generator.Bytes(scenario.SequenceBase, index));
        return hidden;
    }

    private static string Slug(string name) => new([.. name.Where(char.IsLetterOrDigit)]);
}
