using System.CommandLine;
using System.Diagnostics;
using Oods.Butler;
using Oods.Core.Configuration;
using Oods.Core.Metadata;
using Oods.Core.Pipeline;
using Oods.Core.Repositories;
using Oods.Host.Hosting;

namespace Oods.Host.Cli;

/// <summary><c>oods ingest</c>: a one-shot backfill of files already on disk, with progress and a summary.</summary>
internal static class IngestVerb
{
    private const int BatchSize = 200;

    /// <summary>Creates the verb.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var config = OodsCommandLine.ConfigOption();
        var repo = new Option<string?>("--repo") { Description = "Ingest into this repository (its kind is told from its files: butler.yaml = Gen3, _mapper = Gen2); no configuration needed", HelpName = "PATH" };
        var transfer = new Option<TransferMode>("--transfer") { Description = "With --repo: direct (default), copy, move, hardlink, symlink, relsymlink, link", DefaultValueFactory = _ => TransferMode.Direct, HelpName = "MODE" };
        var paths = new Argument<string[]>("FILE|DIR") { Description = "Files, or directories searched recursively for FITS names", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Ingest files already on disk into a repository, once, without moving them through landing and staging") { config, repo, transfer, paths };
        command.Validators.Add(r =>
        {
            if (r.GetValue(repo) is not null && r.GetValue(config) is not null)
            {
                r.AddError("give either --config or --repo, not both");
            }
        });
        command.SetAction(async (result, cancellationToken) =>
        {
            RepositorySettings settings;
            try
            {
                settings = result.GetValue(repo) is { } repoPath
                    ? new RepositorySettings(Path.GetFullPath(repoPath), result.GetValue(transfer), null)
                    : StreamSettings.FromOptions(ConfigurationSource.Load(result.GetValue(config)).Options, Directory.GetCurrentDirectory())[0].Repositories[0];
            }
            catch (ConfigurationException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return ExitCodes.ConfigurationError;
            }

            var files = Collect(result.GetValue(paths) ?? []);
            try
            {
                await using var writer = new ButlerRepositoryFactory().Open(settings, createIfMissing: result.GetValue(repo) is null);
                return await IngestAsync(writer, files, cancellationToken);
            }
            catch (RepositoryException e)
            {
                await Console.Error.WriteLineAsync($"oods ingest: {e.Message}");
                return ExitCodes.ConfigurationError;
            }
        });
        return command;
    }

    private static async Task<int> IngestAsync(IRepositoryWriter writer, List<string> files, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        int ingested = 0, failed = 0, done = 0;
        foreach (var chunk in files.Chunk(BatchSize))
        {
            var raws = new List<RawFile>(chunk.Length);
            foreach (var file in chunk)
            {
                try
                {
                    raws.Add(new RawFile(file, RawHeaderReader.Read(file)));
                }
                catch (MetadataException e)
                {
                    failed++;
                    await Console.Error.WriteLineAsync($"{Environment.NewLine}{file}: metadata failure (status 2): {e.Message}");
                }
            }

            foreach (var r in raws.Count == 0 ? [] : await writer.IngestAsync(raws, cancellationToken))
            {
                if (r.Succeeded)
                {
                    ingested++;
                }
                else
                {
                    failed++;
                    await Console.Error.WriteLineAsync($"{Environment.NewLine}{r.File.Path}: ingest failure (status 1): {r.Reason}");
                }
            }

            done += chunk.Length;
            await Console.Error.WriteAsync($"\r[{done}/{files.Count}] ingested {ingested}, failed {failed}, {done / Math.Max(clock.Elapsed.TotalSeconds, 1e-3):F0} files/s");
        }

        Console.Error.WriteLine();
        Console.WriteLine($"{files.Count} file(s): {ingested} ingested, {failed} failed into {writer.Location} in {clock.Elapsed.TotalSeconds:F1} s");
        return failed == 0 ? ExitCodes.Success : ExitCodes.FilesFailed;
    }

    private static List<string> Collect(IEnumerable<string> paths)
    {
        var filter = StreamSettings.DefaultFileNameFilter;
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => filter.IsMatch(Path.GetFileName(f)))
                    .Select(Path.GetFullPath)
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(Path.GetFullPath(path));
            }
        }

        return files;
    }
}
