using System.CommandLine;
using Oods.Core.Configuration;
using Oods.Core.Pipeline;
using Oods.Host.Hosting;

namespace Oods.Host.Cli;

/// <summary><c>oods check-config [FILE]</c>: validates a configuration and lists every problem.</summary>
internal static class CheckConfigVerb
{
    /// <summary>Creates the verb.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var file = new Argument<string?>("FILE")
        {
            Description = $"The YAML file to check (default: ${OodsConfigurationLoader.ConfigFileVariable}, else the embedded defaults)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("check-config", "Check a configuration file; print every problem with its key path (exit 2) or a summary (exit 0)") { file };
        command.SetAction(result =>
        {
            try
            {
                var (options, source) = ConfigurationSource.Load(result.GetValue(file));
                Console.WriteLine($"{source}: OK");
                foreach (var stream in StreamSettings.FromOptions(options, Directory.GetCurrentDirectory()))
                {
                    Console.WriteLine($"  stream {stream.Name}: {string.Join(", ", stream.LandingDirectories)} -> {stream.StagingDirectory} -> {string.Join(", ", stream.Repositories.Select(r => $"{r.Directory} ({r.Transfer.ToString().ToLowerInvariant()})"))}, bad files to {stream.BadFileDirectory}");
                }

                return ExitCodes.Success;
            }
            catch (ConfigurationException e)
            {
                Console.Error.WriteLine(e.Message);
                return ExitCodes.ConfigurationError;
            }
        });
        return command;
    }
}
