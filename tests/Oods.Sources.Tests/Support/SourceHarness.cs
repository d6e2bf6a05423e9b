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

    /// <summary>The clock every worker uses.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

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
        return new RemoteSourceWorker(settings, SourceServiceCollectionExtensions.Connector(settings), Time, Logger);
    }

    /// <summary>Every file in landing (relative paths), hidden ones included.</summary>
    public string[] LandingFiles() =>
        [.. Directory.EnumerateFiles(Landing, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Landing, f)).Order(StringComparer.Ordinal)];

    /// <inheritdoc/>
    public void Dispose() => _local.Dispose();
}
