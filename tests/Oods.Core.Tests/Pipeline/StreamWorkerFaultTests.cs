using Microsoft.Extensions.Logging.Abstractions;
using Oods.Core.Health;
using Oods.Core.Lifecycle;
using Oods.Core.Observability;
using Oods.Core.Pipeline;
using Oods.Core.Repositories;
using Oods.TestUtilities;

namespace Oods.Core.Tests.Pipeline;

public sealed class StreamWorkerFaultTests
{
    [Fact]
    public async Task ExecuteAsync_RepositoryCannotOpen_ReportsOneFaultAndRetriesOnlyAfterDisableAndEnable()
    {
        using var dir = new TempDirectory();
        using var ingest = new IngestSwitch(enabledAtStart: true);
        var faults = System.Threading.Channels.Channel.CreateUnbounded<IngestFault>();
        ingest.Faulted += (_, f) => faults.Writer.TryWrite(f);
        var repositories = new UnopenableRepositories();
        var monitor = new StreamMonitor();
        using var worker = new StreamWorker(Settings(dir), repositories, [], ingest, TimeProvider.System, new LoopHealth(TimeProvider.System), monitor, NullLogger<StreamWorker>.Instance);

        await worker.StartAsync(CancellationToken.None);
        var fault = await faults.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(ErrorCodes.StreamFault, fault.ErrorCode);
        Assert.Contains("disk on fire", fault.Report, StringComparison.Ordinal);
        Assert.Equal(StreamState.Faulted, monitor.Streams["s"].State);
        await ingest.DisableAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1, repositories.Attempts);
        Assert.False(faults.Reader.TryRead(out _));

        ingest.Enable();
        await faults.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(2, repositories.Attempts);
        await worker.StopAsync(CancellationToken.None);
    }

    private static StreamSettings Settings(TempDirectory dir) => new()
    {
        Name = "s",
        LandingDirectories = [dir.Combine("landing")],
        StagingDirectory = dir.Combine("staging"),
        BadFileDirectory = dir.Combine("bad"),
        JournalDirectory = dir.Combine("state", "journal", "s"),
        InflightPath = dir.Combine("state", "inflight", "s.json"),
        BatchSize = 1,
        ScanInterval = TimeSpan.FromSeconds(1),
        Repositories = [new RepositorySettings(dir.Combine("repo"), TransferMode.Direct, null)],
    };

    /// <summary>A stand-in for a repository that cannot be opened (the real factory lives in Oods.Butler, which this project does not reference).</summary>
    private sealed class UnopenableRepositories : IRepositoryWriterFactory
    {
        private int _attempts;

        public int Attempts => Volatile.Read(ref _attempts);

        public IRepositoryWriter Open(RepositorySettings settings, bool createIfMissing)
        {
            Interlocked.Increment(ref _attempts);
            throw new RepositoryException("disk on fire");
        }
    }
}
