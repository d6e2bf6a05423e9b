using System.CommandLine;
using Oods.Core.Configuration;
using Oods.Host.Csc;
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
        var component = new Option<string?>("--component")
        {
            Description = "Run as this SAL CSC (ATOODS, CCOODS, MTOODS, WFOODS) commanded over Kafka; overrides csc.component of the configuration",
            HelpName = "NAME",
        };
        var command = new Command("run", "Run OODS as a service until stopped (SIGTERM, Ctrl+C, systemd or Windows service stop)") { config, standalone, component };
        command.SetAction(async (result, _) =>
        {
            using var earlyStop = new EarlyStop();
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

            var (csc, problems) = CscMode.Choose(result.GetValue(standalone), result.GetValue(component), options);
            if (problems.Count > 0)
            {
                await Console.Error.WriteLineAsync($"Configuration is not valid for CSC mode:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", problems)}");
                return ExitCodes.ConfigurationError;
            }

            LogSetup.Configure();
            return await ServiceHost.RunAsync(options, source, csc, earlyStop.Requested);
        });
        return command;
    }
}
