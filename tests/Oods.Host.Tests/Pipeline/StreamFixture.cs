using Microsoft.Data.Sqlite;
using Oods.Core.Journal;
using Oods.TestUtilities;
using Oods.TestUtilities.Fits;

namespace Oods.Host.Tests.Pipeline;

/// <summary>Configuration, file drops and accounting for pipeline tests on the real process.</summary>
internal static class StreamFixture
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    /// <summary>A configuration: <c>file_ingester</c> under <paramref name="mainPrefix"/> (none when null) and named streams.</summary>
    /// <param name="mainPrefix">Directory prefix of the file_ingester stream, or null.</param>
    /// <param name="streams">Named streams and their directory prefixes.</param>
    /// <param name="extra">More keys for every stream, one per line (e.g. <c>settle_time: {seconds: 2}</c>).</param>
    public static string Config(string? mainPrefix, IEnumerable<(string Name, string Prefix)> streams, params string[] extra)
    {
        var yaml = new System.Text.StringBuilder("default_interval: &interval {days: 0, hours: 0, minutes: 0, seconds: 0}\nstate_directory: state\n");
        void Block(string indent, string prefix)
        {
            foreach (var line in new[]
            {
                $"image_staging_directory: {prefix}/landing",
                $"staging_directory: {prefix}/staging",
                $"bad_file_directory: {prefix}/bad",
                "batch_size: 20",
                "new_file_scan_interval: {<<: *interval, seconds: 1}",
                "butler:",
                "  instrument: lsst.obs.lsst.LsstComCam",
                $"  repo_directory: {prefix}/repo",
            }.Concat(extra))
            {
                yaml.Append(indent).Append(line).Append('\n');
            }
        }

        if (mainPrefix is not null)
        {
            yaml.Append("file_ingester:\n");
            Block("  ", mainPrefix);
        }

        var named = streams.ToList();
        if (named.Count > 0)
        {
            yaml.Append("streams:\n");
            foreach (var (name, prefix) in named)
            {
                yaml.Append("  - name: ").Append(name).Append('\n');
                Block("    ", prefix);
            }
        }

        return yaml.ToString();
    }

    /// <summary>Writes raw <paramref name="index"/> under a hidden name, then renames it into landing (as cameras do).</summary>
    public static string Drop(string landing, int index, string subDirectory = "")
    {
        var directory = Path.Combine(landing, subDirectory);
        Directory.CreateDirectory(directory);
        var target = Path.Combine(directory, SyntheticRaws.ComCamName(index));
        var hidden = Path.Combine(directory, "." + SyntheticRaws.ComCamName(index));
        File.WriteAllBytes(hidden, SyntheticRaws.ComCam(index));
        File.Move(hidden, target);
        return target;
    }

    /// <summary>Drops a file that is no FITS file at all (a metadata failure).</summary>
    public static string DropBad(string landing, string name)
    {
        Directory.CreateDirectory(landing);
        var target = Path.Combine(landing, name);
        File.WriteAllText(target + ".tmp", "not a FITS file at all");
        File.Move(target + ".tmp", target);
        return target;
    }

    /// <summary>The journal entries of a stream so far.</summary>
    public static List<JournalEntry> Journal(string root, string stream) =>
        Directory.Exists(Path.Combine(root, "state", "journal", stream))
            ? Directory.GetFiles(Path.Combine(root, "state", "journal", stream), "*.jsonl").SelectMany(f => JournalReader.ReadFile(f)).ToList()
            : [];

    /// <summary>Polls until <paramref name="done"/> holds (the pipeline's own record is the signal); fails after <see cref="Patience"/>.</summary>
    public static Task WaitUntilAsync(Func<bool> done, string what, Func<string>? context = null) =>
        WaitUntilAsync(() => Task.FromResult(done()), what, context);

    /// <summary>Polls an asynchronous condition every 100 ms until it holds; fails with <paramref name="what"/> after <see cref="Patience"/>.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> done, string what, Func<string>? context = null)
    {
        using var deadline = new CancellationTokenSource(Patience);
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (!await done())
        {
            if (!await timer.WaitForNextTickAsync(deadline.Token).AsTask().ContinueWith(t => !t.IsCanceled, TaskScheduler.Default))
            {
                Assert.Fail($"timed out waiting for {what}{Environment.NewLine}{context?.Invoke()}");
            }
        }
    }

    /// <summary>The number of raw datasets in a Gen3 SQLite repository (0 before it exists).</summary>
    public static long RawCount(string repo)
    {
        var path = Path.Combine(repo, "gen3.sqlite3");
        if (!File.Exists(path))
        {
            return 0;
        }

        using var registry = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        registry.Open();
        using var command = registry.CreateCommand();
        command.CommandText = "select count(*) from dataset";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The datastore paths of every raw in a Gen3 SQLite repository, as local paths.</summary>
    public static List<string> RawPaths(string repo) => [.. Gen3RegistryFile.DatastorePaths(repo).Select(p => new Uri(p).LocalPath)];

    /// <summary>Files under a directory, relative, hidden ones and reason files left out.</summary>
    public static List<string> Files(string directory) =>
        Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetFileName(f).StartsWith('.') && !f.EndsWith(".reason.json", StringComparison.Ordinal))
                .Select(f => Path.GetRelativePath(directory, f)).Order(StringComparer.Ordinal).ToList()
            : [];
}
