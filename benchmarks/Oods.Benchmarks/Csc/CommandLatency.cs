using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Oods.Core.Lifecycle;
using Oods.Core.Outcomes;
using Oods.Csc.Logging;
using Oods.Csc.Remote;
using Oods.Csc.SalInterface;
using Oods.Csc.Service;
using Oods.Csc.States;
using Oods.TestUtilities.Csc;

namespace Oods.Benchmarks.Csc;

/// <summary>
/// Command → final ack latency on the loopback broker: a CscService and a CscRemote (the code of <c>oods csc send</c>)
/// on a librdkafka mock cluster with the schema-registry stand-in. <c>dotnet run -c Release -- csc [N]</c>.
/// </summary>
/// <remarks>Measures N commands of each kind, alternating enable/disable (a state change with CMD_INPROGRESS) and then setLogLevel levels; 20 of each first as warm-up.</remarks>
internal static class CommandLatency
{
    // The mock cluster holds an empty fetch for the whole fetch.wait.max.ms even when a message arrives meanwhile
    // (a real broker answers at once); a short wait makes the loopback numbers mean what they would on a real broker.
    private static readonly TimeSpan FetchWait = TimeSpan.FromMilliseconds(2);

    /// <summary>Starts the CSC, sends the commands, prints p50/p90/p99/max per kind.</summary>
    /// <param name="args"><c>[N]</c>, default 200.</param>
    /// <returns>A task that completes when done.</returns>
    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 200;
        using var kafka = new MockKafkaCluster();
        using var registry = new SchemaRegistryStandIn();
        var options = new CscOptions { ComponentName = "ATOODS", TopicSubname = "bench", BrokerAddress = kafka.Bootstrap, SchemaRegistryUrl = registry.Url, CheckDuplicate = false, FetchWaitMax = FetchWait };
        var component = OodsInterface.ForComponent(options.ComponentName);
        foreach (var topic in component.Topics)
        {
            kafka.CreateTopic(component.KafkaTopic(options.TopicSubname, topic));
        }

        using var ingest = new IngestSwitch(enabledAtStart: false);
        using var csc = new CscService(Microsoft.Extensions.Options.Options.Create(options), new OutcomePublisher(), ingest, new CscLogForwarder(new CscLogLevel()), TimeProvider.System, new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance), NullLogger<CscService>.Instance);
        await csc.StartAsync(CancellationToken.None);
        await WaitForStandbyAsync(options);
        using var remote = new CscRemote(options, TimeProvider.System, "bench@localhost");
        await SendAsync(remote, "start", print: true);

        var states = await MeasureAsync(remote, count, i => (i % 2 == 0 ? "enable" : "disable", null));
        var levels = await MeasureAsync(remote, count, i => ("setLogLevel", new Dictionary<string, object> { ["level"] = i % 2 == 0 ? 10 : 20 }));
        Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}; {Environment.ProcessorCount} cores");
        Report($"enable/disable ({count})", states);
        Report($"setLogLevel ({count})", levels);
        Report($"all ({2 * count})", [.. states, .. levels]);
        await csc.StopAsync(CancellationToken.None);
    }

    private static async Task WaitForStandbyAsync(CscOptions options)
    {
        // The CSC reads commands once it has published STANDBY.
        using var watcher = new CscRemote(options, TimeProvider.System, "bench@localhost");
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await watcher.WatchEventsAsync(history: 1, patience.Token);
        await foreach (var line in watcher.ReadEventsAsync(patience.Token))
        {
            if (line is { Topic: "summaryState", Text: "STANDBY" })
            {
                return;
            }
        }
    }

    private static async Task<List<double>> MeasureAsync(CscRemote remote, int count, Func<int, (string Command, Dictionary<string, object>? Values)> next)
    {
        for (var i = 0; i < 20; i++)
        {
            var (command, values) = next(i);
            await SendAsync(remote, command, values, print: i < 2);
        }

        var milliseconds = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var (command, values) = next(i);
            var clock = Stopwatch.StartNew();
            await SendAsync(remote, command, values);
            milliseconds.Add(clock.Elapsed.TotalMilliseconds);
        }

        return milliseconds;
    }

    private static async Task SendAsync(CscRemote remote, string command, Dictionary<string, object>? values = null, bool print = false)
    {
        CommandAck? last = null;
        await foreach (var ack in remote.SendAsync(command, values ?? (command == "start" ? new() { ["configurationOverride"] = string.Empty } : null), TimeSpan.FromSeconds(30), CancellationToken.None))
        {
            if (print)
            {
                Console.WriteLine(ack);
            }

            last = ack;
        }

        if (last?.Ack != SalRetCode.CmdComplete)
        {
            throw new InvalidOperationException($"{command}: {last}");
        }
    }

    private static void Report(string what, List<double> milliseconds)
    {
        milliseconds.Sort();
        double At(double q) => milliseconds[Math.Min(milliseconds.Count - 1, (int)Math.Ceiling(q * milliseconds.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: p50 {At(0.5):F2} ms, p90 {At(0.9):F2} ms, p99 {At(0.99):F2} ms, max {milliseconds[^1]:F2} ms"));
    }
}
