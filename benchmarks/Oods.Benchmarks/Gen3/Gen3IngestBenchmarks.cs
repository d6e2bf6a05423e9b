using BenchmarkDotNet.Attributes;
using Oods.Butler.Gen3;
using Oods.Core.Instruments;
using Oods.Core.Repositories;

namespace Oods.Benchmarks.Gen3;

/// <summary>
/// Raw ingest throughput of the native Gen3 writer with <c>direct</c> transfer: one result per file, so
/// files/s = 1 / mean. Every file is a new data ID (ComCam, nine detectors per exposure).
/// </summary>
[MemoryDiagnoser]
public class Gen3IngestBenchmarks
{
    private readonly List<string> _files = [];
    private string _root = "";
    private IRepositoryWriter? _writer;
    private long _next;

    /// <summary>The registry backend: <c>sqlite</c>, or <c>postgresql</c> when OODS_TEST_POSTGRES is set.</summary>
    [ParamsSource(nameof(Backends))]
    public string Backend { get; set; } = "sqlite";

    /// <summary>The backends to measure: SQLite, and PostgreSQL when OODS_TEST_POSTGRES names a server.</summary>
    public static IEnumerable<string> Backends => string.IsNullOrEmpty(Gen3BenchmarkPostgres.ConnectionString) ? ["sqlite"] : ["sqlite", "postgresql"];

    [GlobalSetup]
    public void Setup()
    {
        _root = Directory.CreateTempSubdirectory("oods-bench-").FullName;
        var instrument = InstrumentCatalog.Get("LSSTComCam");
        var repository = Backend == "sqlite"
            ? Gen3Repository.Create(Path.Combine(_root, "repo"), instrument)
            : Gen3BenchmarkPostgres.Create(Path.Combine(_root, "repo"), instrument);
        for (var d = 0; d < 9; d++)
        {
            var file = Path.Combine(_root, $"raw{d}.fits");
            File.WriteAllBytes(file, new byte[2880]);
            _files.Add(file);
        }

        _writer = repository.CreateWriter(TransferMode.Direct);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _writer?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Gen3BenchmarkPostgres.Drop();
        Directory.Delete(_root, recursive: true);
    }

    [Benchmark(OperationsPerInvoke = 1)]
    public Task<IReadOnlyList<RepositoryResult>> Batch1() => Ingest(1);

    [Benchmark(OperationsPerInvoke = 20)]
    public Task<IReadOnlyList<RepositoryResult>> Batch20() => Ingest(20);

    [Benchmark(OperationsPerInvoke = 200)]
    public Task<IReadOnlyList<RepositoryResult>> Batch200() => Ingest(200);

    private Task<IReadOnlyList<RepositoryResult>> Ingest(int count)
    {
        var batch = new RawFile[count];
        for (var i = 0; i < count; i++)
        {
            var n = _next++;
            batch[i] = new RawFile(_files[(int)(n % 9)], Gen3BenchmarkRaws.ComCam(n / 9, n % 9));
        }

        return _writer!.IngestAsync(batch, CancellationToken.None);
    }
}
