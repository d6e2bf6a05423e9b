using System.Text.RegularExpressions;
using Oods.Core.Configuration;
using Oods.Core.Instruments;
using Oods.Core.Repositories;

namespace Oods.Core.Pipeline;

/// <summary>One data stream, resolved from the configuration: absolute directories and its repositories.</summary>
public sealed record StreamSettings
{
    /// <summary>The default file-name filter: FITS names, optionally compressed.</summary>
    public const string DefaultFileNamePattern = @"\.(fits|fit|fts)(\.fz|\.gz)?$|\.fz$";

    /// <summary>The environment variable systemd sets to the unit's <c>StateDirectory=</c>.</summary>
    public const string StateDirectoryVariable = "STATE_DIRECTORY";

    /// <summary>The default filter, compiled once: used by every stream that sets none and by <c>oods ingest</c>.</summary>
    public static Regex DefaultFileNameFilter { get; } = new(DefaultFileNamePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The stream's name (logs, outcomes, journal, status).</summary>
    public required string Name { get; init; }

    /// <summary>Absolute landing directories; the first is the 10.x <c>image_staging_directory</c>.</summary>
    public required IReadOnlyList<string> LandingDirectories { get; init; }

    /// <summary>The first landing directory.</summary>
    public string LandingDirectory => LandingDirectories[0];

    /// <summary>Absolute staging directory.</summary>
    public required string StagingDirectory { get; init; }

    /// <summary>Absolute bad-file directory.</summary>
    public required string BadFileDirectory { get; init; }

    /// <summary>Absolute directory of this stream's outcome journal.</summary>
    public required string JournalDirectory { get; init; }

    /// <summary>Absolute path of this stream's in-flight manifest.</summary>
    public required string InflightPath { get; init; }

    /// <summary>Largest batch per repository transaction.</summary>
    public required int BatchSize { get; init; }

    /// <summary>Time between full rescans.</summary>
    public required TimeSpan ScanInterval { get; init; }

    /// <summary>How long a file must be unchanged before it is taken (zero: at once).</summary>
    public TimeSpan SettleTime { get; init; }

    /// <summary>Failed claim attempts after which a file is reported.</summary>
    public int ClaimAttempts { get; init; } = 5;

    /// <summary>Whether filesystem notifications wake the stream.</summary>
    public bool UseNotifications { get; init; } = true;

    /// <summary>Files whose names match are taken; others are left alone.</summary>
    public Regex FileNameFilter { get; init; } = DefaultFileNameFilter;

    /// <summary>The repositories every file of the stream goes into (at least one).</summary>
    public required IReadOnlyList<RepositorySettings> Repositories { get; init; }

    /// <summary>The instrument of the first repository that names one.</summary>
    public InstrumentDefinition? Instrument => Repositories.Select(r => r.Instrument).FirstOrDefault(i => i is not null);

    /// <summary>Resolves the streams of a configuration: <c>file_ingester</c> (named after its instrument), then <c>streams</c>.</summary>
    /// <param name="options">Validated options.</param>
    /// <param name="baseDirectory">Directory relative paths are resolved against.</param>
    /// <returns>The streams.</returns>
    public static IReadOnlyList<StreamSettings> FromOptions(OodsOptions options, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var state = StateDirectory(options, baseDirectory);
        var streams = new List<StreamSettings>();
        if (options.FileIngester is { } ingester)
        {
            var first = ingester.Butler ?? ingester.Repositories[0];
            streams.Add(Resolve(InstrumentCatalog.Get(first.Instrument).Name, ingester, baseDirectory, state));
        }

        streams.AddRange(options.Streams.Select(s => Resolve(s.Name, s, baseDirectory, state)));
        return streams;
    }

    /// <summary>The state directory: the configured one, else systemd's <c>$STATE_DIRECTORY</c>, else <c>./var/state</c>.</summary>
    /// <param name="options">The options.</param>
    /// <param name="baseDirectory">Directory relative paths are resolved against.</param>
    /// <returns>The absolute path.</returns>
    public static string StateDirectory(OodsOptions options, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.StateDirectory.Length > 0)
        {
            return Path.GetFullPath(options.StateDirectory, baseDirectory);
        }

        var fromSystemd = Environment.GetEnvironmentVariable(StateDirectoryVariable)?.Split(':')[0];
        return Path.GetFullPath(string.IsNullOrEmpty(fromSystemd) ? Path.Combine("var", "state") : fromSystemd, baseDirectory);
    }

    private static StreamSettings Resolve(string name, FileIngesterOptions ingester, string baseDirectory, string state)
    {
        string Full(string p) => Path.GetFullPath(p, baseDirectory);
        var butlers = ingester.Butler is { } b ? [b, .. ingester.Repositories] : ingester.Repositories;
        return new StreamSettings
        {
            Name = name,
            LandingDirectories = [Full(ingester.ImageStagingDirectory), .. ingester.LandingDirectories.Select(Full)],
            StagingDirectory = Full(ingester.StagingDirectory),
            BadFileDirectory = Full(ingester.BadFileDirectory),
            JournalDirectory = Path.Combine(state, "journal", name),
            InflightPath = Path.Combine(state, "inflight", name + ".json"),
            BatchSize = ingester.BatchSize,
            ScanInterval = ingester.NewFileScanInterval.ToTimeSpan(),
            SettleTime = ingester.SettleTime.ToTimeSpan(),
            ClaimAttempts = ingester.ClaimAttempts,
            UseNotifications = ingester.UseNotifications,
            FileNameFilter = ingester.FileNamePattern.Length == 0
                ? DefaultFileNameFilter
                : new Regex(ingester.FileNamePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
            Repositories = butlers
                .Select(o => new RepositorySettings(Full(o.RepoDirectory), Enum.Parse<TransferMode>(o.Transfer, ignoreCase: true), InstrumentCatalog.Get(o.Instrument)))
                .ToList(),
        };
    }
}
