using System.Text.RegularExpressions;
using Oods.Core.Configuration;
using Oods.Core.Instruments;
using Oods.Core.Repositories;

namespace Oods.Core.Pipeline;

/// <summary>One data stream, resolved from the configuration: absolute directories and a repository.</summary>
public sealed record StreamSettings
{
    /// <summary>The default file-name filter: FITS names, optionally compressed.</summary>
    public const string DefaultFileNamePattern = @"\.(fits|fit|fts)(\.fz|\.gz)?$|\.fz$";

    /// <summary>The default filter, compiled once: used by every stream that sets none and by <c>oods ingest</c>.</summary>
    public static Regex DefaultFileNameFilter { get; } = new(DefaultFileNamePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The stream's name (logs, outcomes, status).</summary>
    public required string Name { get; init; }

    /// <summary>Absolute landing directory.</summary>
    public required string LandingDirectory { get; init; }

    /// <summary>Absolute staging directory.</summary>
    public required string StagingDirectory { get; init; }

    /// <summary>Absolute bad-file directory.</summary>
    public required string BadFileDirectory { get; init; }

    /// <summary>Largest batch per repository transaction.</summary>
    public required int BatchSize { get; init; }

    /// <summary>Time between full rescans.</summary>
    public required TimeSpan ScanInterval { get; init; }

    /// <summary>Files whose names match are taken; others are left alone.</summary>
    public Regex FileNameFilter { get; init; } = DefaultFileNameFilter;

    /// <summary>The repository the stream ingests into.</summary>
    public required RepositorySettings Repository { get; init; }

    /// <summary>Resolves the streams of a configuration (the 10.x <c>file_ingester</c> block is one stream).</summary>
    /// <param name="options">Validated options.</param>
    /// <param name="baseDirectory">Directory relative paths are resolved against.</param>
    /// <returns>The streams.</returns>
    public static IReadOnlyList<StreamSettings> FromOptions(OodsOptions options, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var ingester = options.FileIngester ?? throw new ArgumentException("file_ingester is required", nameof(options));
        var butler = ingester.Butler ?? throw new ArgumentException("file_ingester.butler is required", nameof(options));
        var instrument = InstrumentCatalog.Get(butler.Instrument);
        string Full(string p) => Path.GetFullPath(p, baseDirectory);
        return
        [
            new StreamSettings
            {
                Name = instrument.Name,
                LandingDirectory = Full(ingester.ImageStagingDirectory),
                StagingDirectory = Full(ingester.StagingDirectory),
                BadFileDirectory = Full(ingester.BadFileDirectory),
                BatchSize = ingester.BatchSize,
                ScanInterval = ingester.NewFileScanInterval.ToTimeSpan(),
                Repository = new RepositorySettings(Full(butler.RepoDirectory), Enum.Parse<TransferMode>(butler.Transfer, ignoreCase: true), instrument),
            },
        ];
    }
}
