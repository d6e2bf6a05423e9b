using Microsoft.Extensions.Time.Testing;
using Oods.Core.Pipeline;
using Oods.TestUtilities;

namespace Oods.Sources.Tests.Support;

/// <summary>A local landing and state directory, a fake clock, and workers built on them (as many as a test restarts).</summary>
internal sealed class SourceHarness : IDisposable
{
    private readonly TempDirectory _local = new();

    /// <summary>Creates the harness.</summary>
    public SourceHarness()
    {
        Directory.CreateDirectory(Landing);
    }

    /// <summary>The stream's landing directory.</summary>
    public string Landing => _local.Combine("landing");

    /// <summary>The state directory.</summary>
    public string State => _local.Combine("state");

    /// <summary>The journal root (<c>state/journal</c>); the stream is <c>test</c>.</summary>
    public string JournalRoot => Path.Combine(State, "journal");

    /// <summary>The clock every worker uses.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    /// <summary>The streams' reports every worker writes to.</summary>
    public Oods.Core.Observability.StreamMonitor Monitor { get; } = new();

    /// <summary>The logger of the last worker made.</summary>
    public CapturingLogger<RemoteSourceWorker> Logger { get; private set; } = new();

    /// <summary>Settings for a source of the given kind, with the defaults of the tests (FTP user oods/secret from the environment).</summary>
    public SourceSettings Settings(string kind, int port) => new()
    {
        Stream = "test",
        Kind = kind,
        Host = "127.0.0.1",
        Port = port,
        RemoteDirectory = "incoming",
        SettleTime = TimeSpan.FromSeconds(10),
        Timeout = TimeSpan.FromSeconds(10),
        UsernameEnv = "OODS_TEST_FTP_USER",
        PasswordEnv = "OODS_TEST_FTP_PASSWORD",
        LandingDirectory = Landing,
        StatePath = Path.Combine(State, "sources", "test.json"),
        FileNameFilter = StreamSettings.DefaultFileNameFilter,
    };

    /// <summary>A new worker (as after a restart: fresh memory, same state file).</summary>
    public RemoteSourceWorker Worker(SourceSettings settings)
    {
        Environment.SetEnvironmentVariable("OODS_TEST_FTP_USER", "oods");
        Environment.SetEnvironmentVariable("OODS_TEST_FTP_PASSWORD", "secret");
        Environment.SetEnvironmentVariable("OODS_TEST_SFTP_USER", Environment.UserName);
        Logger = new CapturingLogger<RemoteSourceWorker>();
        var journal = new Oods.Core.Journal.OutcomeJournal(Path.Combine(JournalRoot, settings.Stream));
        return new RemoteSourceWorker(settings, SourceServiceCollectionExtensions.Connector(settings), journal, Monitor, Time, Logger);
    }

    /// <summary>Every file in landing (relative paths), hidden ones included.</summary>
    public string[] LandingFiles() =>
        [.. Directory.EnumerateFiles(Landing, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Landing, f)).Order(StringComparer.Ordinal)];

    /// <inheritdoc/>
    public void Dispose() => _local.Dispose();

    /// <summary>
    /// An upload still growing at the remote path is not taken until it has been unchanged for the settle time
    /// (15 s): then it is fetched whole and removed remotely. The first <paramref name="written"/> bytes are there
    /// at the start, the rest arrives 6 s later.
    /// </summary>
    public async Task GrowingUploadIsTakenOnlyOnceSettledAsync(SourceSettings settings, string remote, byte[] content, int written)
    {
        await File.WriteAllBytesAsync(remote, content.AsMemory(0, written).ToArray());
        var worker = Worker(settings);

        Assert.Equal(0, await worker.PollOnceAsync(CancellationToken.None));
        Time.Advance(TimeSpan.FromSeconds(6));
        await using (var append = new FileStream(remote, FileMode.Append))
        {
            await append.WriteAsync(content.AsMemory(written));
        }

        Assert.Equal(0, await worker.PollOnceAsync(CancellationToken.None));
        Time.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(0, await worker.PollOnceAsync(CancellationToken.None));
        Assert.Empty(LandingFiles());
        Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, await worker.PollOnceAsync(CancellationToken.None));
        await worker.CloseAsync();

        var name = Path.GetFileName(remote);
        Assert.Equal([name], LandingFiles());
        Assert.Equal(content, await File.ReadAllBytesAsync(Path.Combine(Landing, name)));
        Assert.False(File.Exists(remote));
    }
}
