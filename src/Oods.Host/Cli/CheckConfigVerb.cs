using System.CommandLine;
using Oods.Core.Configuration;
using Oods.Core.Pipeline;
using Oods.Host.Hosting;

namespace Oods.Host.Cli;

/// <summary><c>oods check-config [FILE | --config FILE]</c>: validates a configuration and lists every problem, or what it will run.</summary>
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
        var config = OodsCommandLine.ConfigOption();
        var command = new Command("check-config", "Check a configuration file; print every problem with its key path (exit 2) or what it runs (exit 0)") { file, config };
        command.SetAction(result =>
        {
            if (result.GetValue(file) is { } positional && result.GetValue(config) is { } named && positional != named)
            {
                Console.Error.WriteLine($"check-config: two files given ({positional} and --config {named}); give one");
                return ExitCodes.ConfigurationError;
            }

            try
            {
                var (options, source) = ConfigurationSource.Load(result.GetValue(file) ?? result.GetValue(config));
                Console.WriteLine($"{source}: OK");
                foreach (var line in Summary(options))
                {
                    Console.WriteLine("  " + line);
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

    /// <summary>One line per stream: where files come from, where they go, and which repositories they enter.</summary>
    private static IEnumerable<string> Summary(OodsOptions options)
    {
        // FromOptions lists the file_ingester block first, then the streams in order: the blocks pair up with it.
        List<FileIngesterOptions> blocks = [.. options.FileIngester is { } single ? [single] : Array.Empty<FileIngesterOptions>(), .. options.Streams];
        var streams = StreamSettings.FromOptions(options, Directory.GetCurrentDirectory());
        for (var i = 0; i < streams.Count; i++)
        {
            var stream = streams[i];
            var from = blocks[i].Source is { } remote
                ? $"{remote.Kind}://{remote.Host}{(remote.Port > 0 ? $":{remote.Port}" : "")}/{remote.RemoteDirectory.TrimStart('/')} via {string.Join(", ", stream.LandingDirectories)}"
                : string.Join(", ", stream.LandingDirectories);
            yield return $"stream {stream.Name}: {from} -> {stream.StagingDirectory} -> {Repositories(stream.Repositories.Select(r => (r.Directory, r.Transfer.ToString().ToLowerInvariant())))}, bad files to {stream.BadFileDirectory}";
        }

        if (options.MessageIngester is { Butler: { } butler } messages)
        {
            var profile = butler.S3profile.Length > 0 ? $", recorded as s3://{butler.S3profile}@bucket/key" : "";
            yield return $"message stream {messages.StreamName()}: S3 notifications on {string.Join(", ", messages.Kafka.Topics)} at {string.Join(", ", messages.Kafka.Brokers)}, objects matching {messages.DatasetRegexp} -> {Repositories([(Path.GetFullPath(butler.RepoDirectory), "direct")])}{profile}";
        }
    }

    private static string Repositories(IEnumerable<(string Directory, string Transfer)> repositories) =>
        string.Join(", ", repositories.Select(r => $"{r.Directory} ({r.Transfer})"));
}
