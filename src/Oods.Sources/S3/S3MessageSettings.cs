using System.Text.RegularExpressions;
using Oods.Core.Configuration;
using Oods.Core.Instruments;
using Oods.Core.Repositories;

namespace Oods.Sources.S3;

/// <summary>A <c>message_ingester</c> block, resolved: the stream's name, its repository and journal.</summary>
internal sealed record S3MessageSettings
{
    /// <summary>The stream's name.</summary>
    public required string Name { get; init; }

    /// <summary>The options as configured.</summary>
    public required MessageIngesterOptions Options { get; init; }

    /// <summary>The object URLs to ingest.</summary>
    public required Regex Filter { get; init; }

    /// <summary>The repository (direct transfer).</summary>
    public required RepositorySettings Repository { get; init; }

    /// <summary>The stream's journal directory.</summary>
    public required string JournalDirectory { get; init; }

    /// <summary>The instrument.</summary>
    public InstrumentDefinition Instrument => Repository.Instrument!;

    /// <summary>Resolves a validated block.</summary>
    /// <param name="options">The block.</param>
    /// <param name="stateDirectory">The absolute state directory.</param>
    /// <param name="baseDirectory">Directory relative paths are resolved against.</param>
    /// <returns>The settings.</returns>
    public static S3MessageSettings Resolve(MessageIngesterOptions options, string stateDirectory, string baseDirectory)
    {
        var butler = options.Butler!;
        var instrument = InstrumentCatalog.Get(butler.Instrument);
        var name = options.StreamName();
        return new S3MessageSettings
        {
            Name = name,
            Options = options,
            Filter = new Regex(options.DatasetRegexp, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
            Repository = new RepositorySettings(Path.GetFullPath(butler.RepoDirectory, baseDirectory), TransferMode.Direct, instrument),
            JournalDirectory = Path.Combine(stateDirectory, "journal", name),
        };
    }
}
