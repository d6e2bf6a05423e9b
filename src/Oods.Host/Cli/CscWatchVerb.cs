using System.CommandLine;
using System.Runtime.InteropServices;
using Confluent.Kafka;
using Oods.Csc.Registry;
using Oods.Csc.Remote;

namespace Oods.Host.Cli;

/// <summary><c>oods csc watch</c>: prints the events of an OODS CSC as one line each until Ctrl-C.</summary>
internal static class CscWatchVerb
{
    /// <summary>Creates the verb.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var component = CscVerb.ComponentOption();
        var config = OodsCommandLine.ConfigOption();
        var history = new Option<int>("--history") { Description = "Old samples of each event to print first (default 1: the current state, as salobj remotes read it)", HelpName = "N", DefaultValueFactory = _ => 1 };
        var command = new Command("watch", "Print the events of an OODS CSC (summaryState, heartbeat, logMessage, imageInOODS, errorCode, …) as lines: UTC time, event, key fields; until Ctrl-C")
        {
            component, config, history,
        };
        command.SetAction(async (result, invocationToken) =>
        {
            // Program.cs leaves signals to the verbs (the Generic Host takes them for oods run): stop on Ctrl-C and SIGTERM.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(invocationToken);
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            var cancellationToken = stop.Token;

            if (result.GetValue(history) < 0)
            {
                await Console.Error.WriteLineAsync("--history must be 0 or more");
                return ExitCodes.ConfigurationError;
            }

            if (await CscVerb.ResolveAsync(result.GetValue(component), result.GetValue(config)) is not { } options)
            {
                return ExitCodes.ConfigurationError;
            }

            using var remote = new CscRemote(options, TimeProvider.System);
            remote.ClientError += (_, message) => Console.Error.WriteLine($"kafka: {message}");
            try
            {
                var topics = await remote.WatchEventsAsync(result.GetValue(history), cancellationToken);
                await Console.Error.WriteLineAsync($"Watching {topics.Count} event topics of {remote.Component} (lsst.{options.TopicSubname}.{remote.Component}.logevent_*); Ctrl-C to stop");
                await foreach (var line in remote.ReadEventsAsync(cancellationToken))
                {
                    Console.WriteLine(line);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is KafkaException or SchemaRegistryException or HttpRequestException)
            {
                await Console.Error.WriteLineAsync($"watch {remote.Component}: {e.Message}");
                return ExitCodes.ServiceFault;
            }

            return ExitCodes.Success;

            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                stop.Cancel();
            }
        });
        return command;
    }
}
