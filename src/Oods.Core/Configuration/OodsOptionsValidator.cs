using Microsoft.Extensions.Options;
using Oods.Core.Instruments;
using Oods.Core.Repositories;

namespace Oods.Core.Configuration;

/// <summary>Cross-field rules for <see cref="OodsOptions"/>; collects every problem, each with its key path.</summary>
public sealed partial class OodsOptionsValidator : IValidateOptions<OodsOptions>
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
        if (options.FileIngester is null && options.Streams.Count == 0 && options.MessageIngester is null)
        {
            problems.Add("file_ingester: required unless `streams` lists at least one stream or `message_ingester` is given (the landing directory, staging, bad-file directory and butler of the stream)");
        }

        var directories = new List<(string Path, string Value)>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (options.FileIngester is { } ingester)
        {
            CheckStream(problems, "file_ingester", ingester, directories);
            if (ingester.Butler is { } butler && InstrumentCatalog.TryGet(butler.Instrument, out var instrument))
            {
                names[instrument.Name] = "file_ingester";
            }
        }

        for (var i = 0; i < options.Streams.Count; i++)
        {
            var path = $"streams[{i}]";
            var stream = options.Streams[i];
            if (string.IsNullOrWhiteSpace(stream.Name))
            {
                problems.Add($"{path}.name: required (the stream's name in logs, outcomes and the status page)");
            }
            else if (stream.Name.IndexOfAny([.. Path.GetInvalidFileNameChars(), ' ']) >= 0)
            {
                problems.Add($"{path}.name: '{stream.Name}' may hold only letters, digits, '-', '_' and '.' (it names the journal directory)");
            }
            else if (!names.TryAdd(stream.Name, path))
            {
                problems.Add($"{path}.name: '{stream.Name}' is already the name of {names[stream.Name]}");
            }

            CheckStream(problems, path, stream, directories);
        }

        for (var i = 0; i < directories.Count; i++)
        {
            for (var j = i + 1; j < directories.Count; j++)
            {
                if (SamePath(directories[i].Value, directories[j].Value))
                {
                    problems.Add($"{directories[j].Path}: must differ from {directories[i].Path} (both are '{directories[i].Value}')");
                }
            }
        }

        CheckMessageIngester(problems, options.MessageIngester, names);
        CheckCacheCleaner(problems, "cache_cleaner", options.CacheCleaner);
        CheckStatus(problems, options.Status);
        CheckCsc(problems, options.Csc);
        return problems;
    }

    private static void CheckStream(List<string> problems, string p, FileIngesterOptions ingester, List<(string Path, string Value)> directories)
    {
        Required(problems, $"{p}.image_staging_directory", ingester.ImageStagingDirectory);
        Required(problems, $"{p}.staging_directory", ingester.StagingDirectory);
        Required(problems, $"{p}.bad_file_directory", ingester.BadFileDirectory);
        var named = new List<(string, string)>
        {
            ($"{p}.image_staging_directory", ingester.ImageStagingDirectory),
            ($"{p}.staging_directory", ingester.StagingDirectory),
            ($"{p}.bad_file_directory", ingester.BadFileDirectory),
        };
        for (var i = 0; i < ingester.LandingDirectories.Count; i++)
        {
            Required(problems, $"{p}.landing_directories[{i}]", ingester.LandingDirectories[i]);
            named.Add(($"{p}.landing_directories[{i}]", ingester.LandingDirectories[i]));
        }

        directories.AddRange(named.Where(n => !string.IsNullOrWhiteSpace(n.Item2)));
        if (ingester.BatchSize < 1)
        {
            problems.Add($"{p}.batch_size: must be at least 1 (is {ingester.BatchSize})");
        }

        if (ingester.ClaimAttempts < 1)
        {
            problems.Add($"{p}.claim_attempts: must be at least 1 (is {ingester.ClaimAttempts})");
        }

        Positive(problems, $"{p}.new_file_scan_interval", ingester.NewFileScanInterval);
        NotNegative(problems, $"{p}.settle_time", ingester.SettleTime);
        if (ingester.FileNamePattern.Length > 0)
        {
            try
            {
                _ = new System.Text.RegularExpressions.Regex(ingester.FileNamePattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException e)
            {
                problems.Add($"{p}.file_name_pattern: not a regular expression ({e.Message})");
            }
        }

        if (ingester.Butler is null && ingester.Repositories.Count == 0)
        {
            problems.Add($"{p}.butler: required (instrument and repo_directory) unless {p}.repositories names one");
        }

        if (ingester.Butler is { } butler)
        {
            CheckButler(problems, $"{p}.butler", butler);
        }

        var repositories = new List<(string, string)>();
        if (ingester.Butler is { } first)
        {
            repositories.Add(($"{p}.butler.repo_directory", first.RepoDirectory));
        }

        for (var i = 0; i < ingester.Repositories.Count; i++)
        {
            CheckButler(problems, $"{p}.repositories[{i}]", ingester.Repositories[i]);
            repositories.Add(($"{p}.repositories[{i}].repo_directory", ingester.Repositories[i].RepoDirectory));
        }

        for (var i = 0; i < repositories.Count; i++)
        {
            for (var j = i + 1; j < repositories.Count; j++)
            {
                if (!string.IsNullOrWhiteSpace(repositories[i].Item2) && SamePath(repositories[i].Item2, repositories[j].Item2))
                {
                    problems.Add($"{repositories[j].Item1}: the stream already ingests into '{repositories[i].Item2}' ({repositories[i].Item1})");
                }
            }
        }

        CheckCacheCleaner(problems, $"{p}.cache_cleaner", ingester.CacheCleaner);
        CheckSource(problems, $"{p}.source", ingester.Source);
    }

    private static void CheckSource(List<string> problems, string p, SourceOptions? source)
    {
        if (source is null)
        {
            return;
        }

        var sftp = string.Equals(source.Kind, "sftp", StringComparison.OrdinalIgnoreCase);
        if (!sftp && !string.Equals(source.Kind, "ftp", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{p}.kind: '{source.Kind}' is not one of ftp, sftp");
        }

        Required(problems, $"{p}.host", source.Host);
        if (source.Port is < 0 or > 65535)
        {
            problems.Add($"{p}.port: must be 0 (the protocol's port) to 65535 (is {source.Port})");
        }

        var move = string.Equals(source.AfterFetch, "move", StringComparison.OrdinalIgnoreCase);
        if (!move && !string.Equals(source.AfterFetch, "delete", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{p}.after_fetch: '{source.AfterFetch}' is not one of delete, move");
        }
        else if (move && string.IsNullOrWhiteSpace(source.MoveTo))
        {
            problems.Add($"{p}.move_to: required with after_fetch: move");
        }

        NotNegative(problems, $"{p}.settle_time", source.SettleTime);
        Positive(problems, $"{p}.poll_interval", source.PollInterval);
        Positive(problems, $"{p}.timeout", source.Timeout);
        if (sftp && source.Tls)
        {
            problems.Add($"{p}.tls: FTP only (SFTP is always encrypted)");
        }

        CheckFtpTls(problems, p, source, sftp);

        if (sftp && source.PrivateKeyFile.Length == 0 && source.PasswordEnv.Length == 0 && source.CredentialsFile.Length == 0)
        {
            problems.Add($"{p}: SFTP needs private_key_file, password_env or credentials_file");
        }

        if (source.HostKeyFingerprint.Length > 0 && !source.HostKeyFingerprint.StartsWith("SHA256:", StringComparison.Ordinal))
        {
            problems.Add($"{p}.host_key_fingerprint: must be SHA256:<base64> as ssh-keygen -l -f prints it (is '{source.HostKeyFingerprint}')");
        }
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
            CheckExpirySchedule(problems, $"{path}.collection_cleaner", cleaner.CleaningInterval, cleaner.CleaningSchedule);
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

        CheckExpirySchedule(problems, path, cleaner.CleaningInterval, cleaner.CleaningSchedule);
        CheckCacheRoots(problems, $"{path}.clear_empty_directories_and_old_files", cleaner.ClearEmptyDirectoriesAndOldFiles);
        CheckCacheRoots(problems, $"{path}.clear_empty_directories", cleaner.ClearEmptyDirectories);
        NotNegative(problems, $"{path}.files_older_than", cleaner.FilesOlderThan);
        NotNegative(problems, $"{path}.directories_empty_for_more_than", cleaner.DirectoriesEmptyForMoreThan);
    }

    private static void CheckStatus(List<string> problems, StatusOptions? status)
    {
        if (status is null)
        {
            problems.Add("status: must be a mapping (enabled, address, port, stall_seconds)");
            return;
        }

        if (!System.Net.IPAddress.TryParse(status.Address, out _))
        {
            problems.Add($"status.address: '{status.Address}' is not an IP address (e.g. 127.0.0.1, ::1, 0.0.0.0)");
        }

        if (status.Port is < 0 or > 65535)
        {
            problems.Add($"status.port: must be 0 (any free port) to 65535 (is {status.Port})");
        }

        if (status.StallSeconds < 1)
        {
            problems.Add($"status.stall_seconds: must be at least 1 (is {status.StallSeconds})");
        }
    }

    private static void CheckExpirySchedule(List<string> problems, string path, TimeInterval interval, string schedule)
    {
        if (string.IsNullOrWhiteSpace(schedule))
        {
            Positive(problems, $"{path}.cleaning_interval", interval);
        }
        else if (Expiry.ExpirySchedule.CronProblem(schedule) is { } problem)
        {
            problems.Add($"{path}.cleaning_schedule: {problem}");
        }
    }

    private static void CheckCacheRoots(List<string> problems, string path, List<string> roots)
    {
        for (var i = 0; i < roots.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(roots[i]))
            {
                problems.Add($"{path}[{i}]: empty (name a directory OODS manages)");
            }
            else if (Path.GetPathRoot(Path.GetFullPath(roots[i])) is { } top && SamePath(roots[i], top))
            {
                problems.Add($"{path}[{i}]: '{roots[i]}' is the root of a file system; a cache cleaner must name a directory OODS manages");
            }
        }
    }

    private static void CheckCsc(List<string> problems, CscModeOptions csc)
    {
        if (csc.Component.Length > 0 && !System.Text.RegularExpressions.Regex.IsMatch(csc.Component, "^[A-Za-z][A-Za-z0-9_]*$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            problems.Add($"csc.component: '{csc.Component}' is not a SAL component name (letters, digits and '_', e.g. ATOODS, CCOODS, MTOODS, WFOODS)");
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
