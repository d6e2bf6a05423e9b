using System.CommandLine;
using Oods.Core.Configuration;
using Oods.Csc.Service;
using Oods.Host.Csc;
using Oods.Host.Hosting;

namespace Oods.Host.Cli;

/// <summary><c>oods csc send|watch</c>: observatory control's side of an OODS CSC, from a terminal.</summary>
internal static class CscVerb
{
    /// <summary>Creates the verb with its sub-commands.</summary>
    /// <returns>The command.</returns>
    public static Command Create() => new("csc", "Talk to an OODS CSC over SAL/Kafka as observatory control does (same LSST_* environment variables as oods run --component)")
    {
        CscSendVerb.Create(),
        CscWatchVerb.Create(),
    };

    /// <summary>The <c>--component</c> option of the sub-commands.</summary>
    /// <returns>A new option instance.</returns>
    public static Option<string?> ComponentOption() => new("--component")
    {
        Description = "The SAL component (ATOODS, CCOODS, MTOODS, WFOODS; default: csc.component of the configuration)",
        HelpName = "NAME",
    };

    /// <summary>The CSC options for the component given or configured, read from the environment like <c>oods run</c> does.</summary>
    /// <param name="component">The <c>--component</c> value, if given.</param>
    /// <param name="configPath">The <c>--config</c> value, if given.</param>
    /// <returns>The options, or null after printing why not.</returns>
    public static async Task<CscOptions?> ResolveAsync(string? component, string? configPath)
    {
        var name = component;
        if (string.IsNullOrEmpty(name))
        {
            try
            {
                name = ConfigurationSource.Load(configPath).Options.Csc.Component;
            }
            catch (ConfigurationException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return null;
            }
        }

        if (string.IsNullOrEmpty(name))
        {
            await Console.Error.WriteLineAsync("No component: give --component NAME or set csc.component in the configuration");
            return null;
        }

        var (options, problems) = CscEnvironment.Read(name, Environment.GetEnvironmentVariable);
        if (problems.Count > 0)
        {
            await Console.Error.WriteLineAsync($"Cannot reach the CSC:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", problems)}");
            return null;
        }

        return options;
    }
}
