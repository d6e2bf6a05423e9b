using Microsoft.Extensions.Options;
using Oods.Core.Instruments;
using Oods.Core.Repositories;

namespace Oods.Core.Configuration;

/// <summary>Cross-field rules for <see cref="OodsOptions"/>; collects every problem, each with its key path.</summary>
public sealed class OodsOptionsValidator : IValidateOptions<OodsOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, OodsOptions options)
    {
        var problems = Check(options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>Checks the options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>Every problem found; empty when the options are usable.</returns>
    public static List<string> Check(OodsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (options.FileIngester is not { } ingester)
        {
            problems.Add("file_ingester: required (the landing directory, staging, bad-file directory and butler of the stream)");
            return problems;
        }

        const string P = "file_ingester";
        Required(problems, $"{P}.image_staging_directory", ingester.ImageStagingDirectory);
        Required(problems, $"{P}.staging_directory", ingester.StagingDirectory);
        Required(problems, $"{P}.bad_file_directory", ingester.BadFileDirectory);
        if (ingester.BatchSize < 1)
        {
            problems.Add($"{P}.batch_size: must be at least 1 (is {ingester.BatchSize})");
        }

        Positive(problems, $"{P}.new_file_scan_interval", ingester.NewFileScanInterval);
        Distinct(problems, P, ingester);
        if (ingester.Butler is not { } butler)
        {
            problems.Add($"{P}.butler: required (instrument and repo_directory)");
        }
        else
        {
            CheckButler(problems, $"{P}.butler", butler);
        }

        CheckCacheCleaner(problems, $"{P}.cache_cleaner", ingester.CacheCleaner);
        CheckCacheCleaner(problems, "cache_cleaner", options.CacheCleaner);
        return problems;
    }

    private static void CheckButler(List<string> problems, string path, ButlerOptions butler)
    {
        if (string.IsNullOrWhiteSpace(butler.Instrument))
        {
            problems.Add($"{path}.instrument: required (e.g. lsst.obs.lsst.LsstComCam)");
        }
        else if (!InstrumentCatalog.TryGet(butler.Instrument, out _))
        {
            problems.Add($"{path}.instrument: unknown instrument '{butler.Instrument}' (known: {string.Join(", ", InstrumentCatalog.All.Select(i => i.ClassName))})");
        }

        Required(problems, $"{path}.repo_directory", butler.RepoDirectory);
        if (!Enum.TryParse<TransferMode>(butler.Transfer, ignoreCase: true, out var mode) || mode == TransferMode.Skip || int.TryParse(butler.Transfer, out _))
        {
            problems.Add($"{path}.transfer: '{butler.Transfer}' is not one of direct, copy, move, hardlink, symlink, relsymlink, link");
        }

        if (butler.CollectionCleaner is { } cleaner)
        {
            Positive(problems, $"{path}.collection_cleaner.cleaning_interval", cleaner.CleaningInterval);
            for (var i = 0; i < cleaner.CollectionsToClean.Count; i++)
            {
                var rule = cleaner.CollectionsToClean[i];
                var rulePath = $"{path}.collection_cleaner.collections_to_clean[{i}]";
                if (rule.Collections.Count == 0)
                {
                    problems.Add($"{rulePath}.collections: at least one collection is required");
                }

                NotNegative(problems, $"{rulePath}.files_older_than", rule.FilesOlderThan);
            }
        }
    }

    private static void CheckCacheCleaner(List<string> problems, string path, CacheCleanerOptions? cleaner)
    {
        if (cleaner is null)
        {
            return;
        }

        Positive(problems, $"{path}.cleaning_interval", cleaner.CleaningInterval);
        NotNegative(problems, $"{path}.files_older_than", cleaner.FilesOlderThan);
        NotNegative(problems, $"{path}.directories_empty_for_more_than", cleaner.DirectoriesEmptyForMoreThan);
    }

    private static void Distinct(List<string> problems, string path, FileIngesterOptions ingester)
    {
        var named = new[]
        {
            ("image_staging_directory", ingester.ImageStagingDirectory),
            ("staging_directory", ingester.StagingDirectory),
            ("bad_file_directory", ingester.BadFileDirectory),
        };
        for (var i = 0; i < named.Length; i++)
        {
            for (var j = i + 1; j < named.Length; j++)
            {
                if (!string.IsNullOrWhiteSpace(named[i].Item2) && !string.IsNullOrWhiteSpace(named[j].Item2) && SamePath(named[i].Item2, named[j].Item2))
                {
                    problems.Add($"{path}.{named[j].Item1}: must differ from {path}.{named[i].Item1} (both are '{named[i].Item2}')");
                }
            }
        }
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);

    private static void Required(List<string> problems, string path, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{path}: required");
        }
    }

    private static void Positive(List<string> problems, string path, TimeInterval interval)
    {
        if (interval.ToTimeSpan() <= TimeSpan.Zero)
        {
            problems.Add($"{path}: must be longer than zero (is {interval})");
        }
    }

    private static void NotNegative(List<string> problems, string path, TimeInterval interval)
    {
        if (interval.ToTimeSpan() < TimeSpan.Zero)
        {
            problems.Add($"{path}: must not be negative (is {interval})");
        }
    }
}
