using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Oods.Benchmarks.Gen3;
using Oods.Butler.Expiry;
using Oods.Butler.Gen3;
using Oods.Core.Configuration;
using Oods.Core.Expiry;
using Oods.Core.Instruments;
using Oods.Core.Repositories;

namespace Oods.Benchmarks.Expiry;

/// <summary>
/// End-to-end expiry load: a Gen3 SQLite registry of N direct-mode datasets (built with bulk SQL from one
/// really ingested raw), then one collection-cleaner pass, timed. <c>dotnet run -c Release -- expiry [N] [--files] [--random-ids]</c>.
/// </summary>
/// <remarks>
/// Without <c>--files</c> the datasets' files do not exist (each is still looked up and logged as missing).
/// Without <c>--random-ids</c> dataset ids count up in insertion order, so every id index is deleted from front to
/// back; real ids are UUIDs in no order, which <c>--random-ids</c> gives (and which costs far more: benchmarks/README.md).
/// </remarks>
internal static class ExpiryLoad
{
    /// <summary>Builds the registry, runs the pass and prints the times.</summary>
    /// <param name="args"><c>[N] [--files] [--random-ids] [--profile]</c>.</param>
    /// <returns>A task that completes when done.</returns>
    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 1_000_000;
        var files = args.Contains("--files");
        var temp = Directory.CreateTempSubdirectory("oods-expiry-load-");
        try
        {
            var staging = Path.Combine(temp.FullName, "staging");
            var clock = Stopwatch.StartNew();
            var repository = await BuildAsync(temp.FullName, staging, count, files, args.Contains("--random-ids"));
            Console.WriteLine($"built a registry of {count:N0} datasets{(files ? " with files" : "")} in {clock.Elapsed.TotalSeconds:F1} s");

            if (args.Contains("--profile"))
            {
                var sw = Stopwatch.StartNew();
                var found = repository.FindExpired(["LSSTComCam/raw/all"], ["*"], DateTimeOffset.UtcNow, excludeTagged: true);
                Console.WriteLine($"FindExpired {found.Count} in {sw.Elapsed.TotalSeconds:F2} s");
                sw.Restart();
                repository.RemoveDatasetsInBulk([.. found.Take(5000).Select(d => d.DatasetId)]);
                Console.WriteLine($"RemoveDatasets 5000 in {sw.Elapsed.TotalSeconds:F2} s");
            }

            var settings = new RepositorySettings(repository.Root, TransferMode.Direct, null);
            var rule = new CollectionCleanupRule { Collections = ["LSSTComCam/raw/all"], FilesOlderThan = new TimeInterval { Days = 30 } };
            var job = ExpiryJobs.ForRepository("load", settings, new CollectionCleanerOptions { CollectionsToClean = [rule] }, ExpiryJobs.ManagedDirectories(settings, staging));
            var timed = new TimedRegistries(new ButlerExpiryRegistries(TimeProvider.System));
            var runner = new ExpiryRunner(timed, TimeProvider.System, NullLogger<ExpiryRunner>.Instance);
            var load = LoadAverage();
            using var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            clock.Restart();
            var tally = await runner.RunAsync(job, dryRun: false, progress: null, CancellationToken.None);
            var seconds = clock.Elapsed.TotalSeconds;
            process.Refresh();
            var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine($"load average before the pass {load}, after {LoadAverage()}");
            Console.WriteLine($"expired {tally.Datasets:N0} datasets ({tally.Files:N0} files, {tally.Skipped:N0} missing files, {tally.Failed} failed) in {seconds:F1} s = {tally.Datasets / seconds:N0} datasets/s, {cpuSeconds:F1} s of CPU; peak working set {process.PeakWorkingSet64 / (1024 * 1024):N0} MB");
            Console.WriteLine(timed.Summary());
            using var connection = new SqliteConnection($"Data Source={repository.RegistryPath};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT (SELECT count(*) FROM dataset) + (SELECT count(*) FROM file_datastore_records) + (SELECT count(*) FROM dataset_tags_00000001) + (SELECT count(*) FROM dataset_location)";
            Console.WriteLine($"rows left: {command.ExecuteScalar()}");
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    private static async Task<Gen3Repository> BuildAsync(string root, string staging, int count, bool files, bool randomIds)
    {
        var repository = Gen3Repository.Create(Path.Combine(root, "repo"), InstrumentCatalog.Get("LSSTComCam"));
        Directory.CreateDirectory(staging);
        var template = Path.Combine(staging, "template.fits");
        await File.WriteAllBytesAsync(template, new byte[2880]);
        await using (var writer = repository.CreateWriter(TransferMode.Direct))
        {
            var results = await writer.IngestAsync([new RawFile(template, Gen3BenchmarkRaws.ComCam(0, 0))], CancellationToken.None);
            if (!results[0].Succeeded)
            {
                throw new InvalidOperationException(results[0].Reason);
            }
        }

        var uriPrefix = new Uri(Path.Combine(staging, "bench") + Path.DirectorySeparatorChar).AbsoluteUri;
        using var connection = new SqliteConnection($"Data Source={repository.RegistryPath};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA foreign_keys=OFF; PRAGMA synchronous=OFF;");
        Execute(connection, $"""
            BEGIN;
            CREATE TEMP TABLE n AS WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < {count - 1}) SELECT i, {(randomIds ? "lower(hex(randomblob(16)))" : "printf('%032x', i)")} AS id FROM c;
            INSERT INTO dataset (id, dataset_type_id, ingest_date, run_id) SELECT n.id, t.dataset_type_id, t.ingest_date, t.run_id FROM n, (SELECT * FROM dataset) t;
            INSERT INTO dataset_tags_00000001 (dataset_type_id, dataset_id, collection_id, instrument, detector, exposure)
                SELECT g.dataset_type_id, n.id, g.collection_id, g.instrument, g.detector, 1000000000000 + n.i FROM n, (SELECT * FROM dataset_tags_00000001) g;
            INSERT INTO file_datastore_records (dataset_id, path, formatter, storage_class, component, checksum, file_size)
                SELECT n.id, '{uriPrefix}' || (n.i / 1000) || '/' || n.i || '.fits', f.formatter, f.storage_class, f.component, f.checksum, f.file_size FROM n, (SELECT * FROM file_datastore_records) f;
            INSERT INTO dataset_location (datastore_name, dataset_id) SELECT l.datastore_name, n.id FROM n, (SELECT * FROM dataset_location) l;
            UPDATE dataset SET ingest_date = 946684800000000000;
            COMMIT;
            DROP TABLE n;
            """);
        if (files)
        {
            for (var i = 1; i < count; i++)
            {
                var path = Path.Combine(staging, "bench", (i / 1000).ToString(CultureInfo.InvariantCulture), $"{i}.fits");
                if (i % 1000 == 0 || i == 1)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                }

                File.WriteAllBytes(path, []);
            }
        }

        return repository;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }
}
