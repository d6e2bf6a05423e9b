using System.CommandLine;
using Oods.Core.Configuration;
using Oods.Host.Hosting;

namespace Oods.Host.Cli;

/// <summary><c>oods run</c>: the long-running service.</summary>
internal static class RunVerb
{
    /// <summary>Creates the verb.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var config = OodsCommandLine.ConfigOption();
        var standalone = new Option<bool>("--standalone")
        {
            Description = "Run without SAL/Kafka: streams are enabled from the start (the default while no CSC component is configured)",
        };
        var command = new Command("run", "Run OODS as a service until stopped (SIGTERM, Ctrl+C, systemd or Windows service stop)") { config, standalone };
        command.SetAction(async (result, _) =>
        {
            OodsOptions options;
            string source;
            try
            {
                (options, source) = ConfigurationSource.Load(result.GetValue(config));
            }
            catch (ConfigurationException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return ExitCodes.ConfigurationError;
            }

            LogSetup.Configure();
            return await ServiceHost.RunAsync(options, source);
        });
        return command;
    }
}
