using System.CommandLine;
using System.Globalization;
using Confluent.Kafka;
using Oods.Csc.Registry;
using Oods.Csc.Remote;
using Oods.Csc.States;

namespace Oods.Host.Cli;

/// <summary><c>oods csc send COMMAND</c>: sends one command and prints its acks; exit 0 when it completed.</summary>
internal static class CscSendVerb
{
    /// <summary>Creates the verb.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var name = new Argument<string>("COMMAND") { Description = "start, enable, disable, standby, exitControl or setLogLevel" };
        var component = CscVerb.ComponentOption();
        var config = OodsCommandLine.ConfigOption();
        var configurationOverride = new Option<string?>("--override") { Description = "configurationOverride of start (OODS accepts any value and ignores it)", HelpName = "F" };
        var level = new Option<string?>("--level") { Description = "Level of setLogLevel: DEBUG, INFO, WARNING, ERROR, CRITICAL or a Python number", HelpName = "LEVEL" };
        var timeout = new Option<double>("--timeout") { Description = "Seconds to wait for the final ack; each CMD_INPROGRESS adds its timeout (default 30)", HelpName = "S", DefaultValueFactory = _ => 30 };
        var command = new Command("send", "Send one command to an OODS CSC and print each ack; exit 0 on CMD_COMPLETE, 1 when the command failed, 3 when no final ack came or Kafka/the registry is unreachable")
        {
            name, component, config, configurationOverride, level, timeout,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var sent = result.GetValue(name)!;
            var values = new Dictionary<string, object>(StringComparer.Ordinal);
            var problem = Values(sent, result.GetValue(configurationOverride), result.GetValue(level), values)
                ?? (result.GetValue(timeout) is > 0 ? null : $"--timeout: {result.GetValue(timeout)} is not a positive number of seconds");
            if (problem is not null)
            {
                await Console.Error.WriteLineAsync(problem);
                return ExitCodes.ConfigurationError;
            }

            if (await CscVerb.ResolveAsync(result.GetValue(component), result.GetValue(config)) is not { } options)
            {
                return ExitCodes.ConfigurationError;
            }

            using var remote = new CscRemote(options, TimeProvider.System);
            remote.ClientError += (_, message) => Console.Error.WriteLine($"kafka: {message}");
            if (!remote.Commands.Contains(sent.Replace("command_", string.Empty, StringComparison.Ordinal), StringComparer.Ordinal))
            {
                await Console.Error.WriteLineAsync($"{remote.Component} has no command '{sent}'; commands: {string.Join(", ", remote.Commands)}");
                return ExitCodes.ConfigurationError;
            }

            try
            {
                CommandAck? last = null;
                await foreach (var ack in remote.SendAsync(sent, values, TimeSpan.FromSeconds(result.GetValue(timeout)), cancellationToken))
                {
                    Console.WriteLine(ack);
                    last = ack;
                }

                return last switch
                {
                    { Ack: SalRetCode.CmdComplete } => ExitCodes.Success,
                    { Ack: SalRetCode.CmdNoAck } => await FailAsync($"{sent} to {remote.Component}: {last.Result}; is the CSC running with LSST_TOPIC_SUBNAME={options.TopicSubname}?", ExitCodes.ServiceFault),
                    _ => await FailAsync($"{sent} to {remote.Component} failed: {last?.Result}", ExitCodes.FilesFailed),
                };
            }
            catch (Exception e) when (e is KafkaException or SchemaRegistryException or HttpRequestException)
            {
                return await FailAsync($"{sent} to {remote.Component}: {e.Message}", ExitCodes.ServiceFault);
            }
        });
        return command;
    }

    private static string? Values(string command, string? configurationOverride, string? level, Dictionary<string, object> values)
    {
        var shortName = command.Replace("command_", string.Empty, StringComparison.Ordinal);
        if (configurationOverride is not null && shortName != "start")
        {
            return "--override is for start only";
        }

        if (shortName == "start")
        {
            values["configurationOverride"] = configurationOverride ?? string.Empty;
        }

        if (shortName == "setLogLevel")
        {
            if (ParseLevel(level) is not { } python)
            {
                return $"setLogLevel needs --level DEBUG|INFO|WARNING|ERROR|CRITICAL or a number (got '{level}')";
            }

            values["level"] = python;
        }
        else if (level is not null)
        {
            return "--level is for setLogLevel only";
        }

        return null;
    }

    private static int? ParseLevel(string? level) => level?.ToUpperInvariant() switch
    {
        null => null,
        "CRITICAL" => 50,
        "ERROR" => 40,
        "WARNING" or "WARN" => 30,
        "INFO" => 20,
        "DEBUG" => 10,
        var number => int.TryParse(number, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null,
    };

    private static async Task<int> FailAsync(string message, int code)
    {
        await Console.Error.WriteLineAsync(message);
        return code;
    }
}
