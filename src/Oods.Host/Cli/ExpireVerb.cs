using System.CommandLine;
using Microsoft.Extensions.Logging;
using NLog.Extensions.Logging;
using Oods.Butler.Expiry;
using Oods.Core.Configuration;
using Oods.Core.Expiry;
using Oods.Host.Hosting;

namespace Oods.Host.Cli;

/// <summary><c>oods expire</c>: one pass of every collection and cache cleaner of a configuration, by hand, with progress.</summary>
internal static class ExpireVerb
{
    /// <summary>Creates the verb.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var config = OodsCommandLine.ConfigOption();
        var dryRun = new Option<bool>("--dry-run") { Description = "Report what would be removed; remove nothing" };
        var command = new Command("expire", "Run one expiry pass now: old Butler datasets (collection_cleaner) and old files and empty directories (cache_cleaner)") { config, dryRun };
        command.SetAction(async (result, cancellationToken) =>
        {
            OodsOptions options;
            try
            {
                (options, _) = ConfigurationSource.Load(result.GetValue(config));
            }
            catch (ConfigurationException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return ExitCodes.ConfigurationError;
            }

            LogSetup.Configure();
            using var logs = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddNLog());
            var runner = new ExpiryRunner(new ButlerExpiryRegistries(TimeProvider.System), TimeProvider.System, logs.CreateLogger<ExpiryRunner>());
            var jobs = ExpiryJobs.FromOptions(options, Directory.GetCurrentDirectory());
            if (jobs.Count == 0)
            {
                Console.WriteLine("oods expire: the configuration has no collection_cleaner and no cache_cleaner; nothing to do");
                return ExitCodes.Success;
            }

            var total = new ExpiryTally();
            foreach (var job in jobs)
            {
                var forceDry = result.GetValue(dryRun) || job.DryRun;
                var tally = await runner.RunAsync(job, forceDry, new SynchronousProgress(), cancellationToken);
                Console.WriteLine($"{job.Name}{(forceDry ? " (dry run)" : "")}: {tally.Datasets} datasets, {tally.Files} files, {tally.Directories} directories, {tally.Bytes} bytes, {tally.Skipped} skipped, {tally.Failed} failed");
                total.Add(tally);
            }

            Console.WriteLine($"expired: {total.Datasets} datasets, {total.Files} files, {total.Directories} directories, {total.Bytes} bytes freed, {total.Skipped} skipped, {total.Failed} failed");
            return total.Failed == 0 ? ExitCodes.Success : ExitCodes.FilesFailed;
        });
        return command;
    }

    /// <summary>Writes progress lines at once, in order (Progress&lt;T&gt; posts them to the thread pool).</summary>
    private sealed class SynchronousProgress : IProgress<string>
    {
        public void Report(string value) => Console.WriteLine(value);
    }
}
