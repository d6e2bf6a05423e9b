using Oods.Core.Configuration;
using Oods.Core.Instruments;
using Oods.Core.Repositories;

namespace Oods.Core.Expiry;

/// <summary>Builds the expiry jobs of a configuration: each stream's repositories and cache cleaner, and the top-level cache cleaner.</summary>
public static class ExpiryJobs
{
    /// <summary>Every job the configuration asks for; a repository without <c>collection_cleaner</c> gives none.</summary>
    /// <param name="options">Validated options.</param>
    /// <param name="baseDirectory">Directory relative paths are resolved against.</param>
    /// <returns>The jobs.</returns>
    public static IReadOnlyList<ExpiryJob> FromOptions(OodsOptions options, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var jobs = new List<ExpiryJob>();
        if (options.FileIngester is { } ingester && (ingester.Butler ?? ingester.Repositories.FirstOrDefault()) is { } first)
        {
            jobs.AddRange(ForStream(InstrumentCatalog.Get(first.Instrument).Name, ingester, baseDirectory));
        }

        foreach (var stream in options.Streams)
        {
            jobs.AddRange(ForStream(stream.Name, stream, baseDirectory));
        }

        if (options.MessageIngester is { Butler.CollectionCleaner: not null } messages)
        {
            jobs.Add(ForMessageStream(messages, baseDirectory));
        }

        if (options.CacheCleaner is { } cache)
        {
            jobs.Add(ForCache("cache", cache, baseDirectory));
        }

        return jobs;
    }

    /// <summary>The jobs of one stream: one per repository with a <c>collection_cleaner</c>, and its cache cleaner.</summary>
    /// <param name="name">The stream's name.</param>
    /// <param name="stream">The stream's block.</param>
    /// <param name="baseDirectory">Directory relative paths are resolved against.</param>
    /// <returns>The jobs.</returns>
    public static IEnumerable<ExpiryJob> ForStream(string name, FileIngesterOptions stream, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var staging = Path.GetFullPath(stream.StagingDirectory, baseDirectory);
        IEnumerable<ButlerOptions> butlers = stream.Butler is { } b ? [b, .. stream.Repositories] : stream.Repositories;
        foreach (var butler in butlers.Where(o => o.CollectionCleaner is not null))
        {
            var repository = new RepositorySettings(
                Path.GetFullPath(butler.RepoDirectory, baseDirectory),
                Enum.Parse<TransferMode>(butler.Transfer, ignoreCase: true),
                InstrumentCatalog.TryGet(butler.Instrument, out var instrument) ? instrument : null);
            yield return ForRepository($"{name}:collections:{repository.Directory}", repository, butler.CollectionCleaner!, ManagedDirectories(repository, staging));
        }

        if (stream.CacheCleaner is { } cache)
        {
            yield return ForCache($"{name}:cache", cache, baseDirectory);
        }
    }

    /// <summary>
    /// The <c>message_ingester</c>'s repository job: its datasets' objects were recorded in place (<c>s3://</c>) and
    /// are never deleted, only the datasets' rows; nothing on local disk is the stream's.
    /// </summary>
    /// <param name="messages">The validated block, with a <c>butler.collection_cleaner</c>.</param>
    /// <param name="baseDirectory">Directory relative paths are resolved against.</param>
    /// <returns>The job.</returns>
    public static CollectionExpiryJob ForMessageStream(MessageIngesterOptions messages, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var butler = messages.Butler!;
        var repository = new RepositorySettings(Path.GetFullPath(butler.RepoDirectory, baseDirectory), TransferMode.Direct, InstrumentCatalog.Get(butler.Instrument));
        return ForRepository($"{messages.StreamName()}:collections:{repository.Directory}", repository, butler.CollectionCleaner!, [repository.Directory]) with
        {
            RowsOnlySchemes = ["s3"],
        };
    }

    /// <summary>The directories whose files expiry of a repository may delete: the repository root, and with direct transfer the stream's staging directory.</summary>
    /// <param name="repository">The repository.</param>
    /// <param name="stagingDirectory">The stream's absolute staging directory.</param>
    /// <returns>Absolute directories.</returns>
    public static IReadOnlyList<string> ManagedDirectories(RepositorySettings repository, string stagingDirectory)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return repository.Transfer == TransferMode.Direct ? [repository.Directory, stagingDirectory] : [repository.Directory];
    }

    /// <summary>A repository's job.</summary>
    /// <param name="name">The job's name in logs.</param>
    /// <param name="repository">The repository.</param>
    /// <param name="cleaner">Its <c>collection_cleaner</c>.</param>
    /// <param name="managedDirectories">Directories whose files the job may delete.</param>
    /// <returns>The job.</returns>
    public static CollectionExpiryJob ForRepository(string name, RepositorySettings repository, CollectionCleanerOptions cleaner, IReadOnlyList<string> managedDirectories)
    {
        ArgumentNullException.ThrowIfNull(cleaner);
        return new CollectionExpiryJob(
            name,
            ExpirySchedule.From(cleaner.CleaningInterval.ToTimeSpan(), cleaner.CleaningSchedule),
            cleaner.DryRun,
            repository,
            cleaner.CollectionsToClean,
            [.. managedDirectories.Select(d => Path.TrimEndingDirectorySeparator(Path.GetFullPath(d)))]);
    }

    /// <summary>A cache cleaner's job; relative and <c>..</c>-holding roots are resolved and normalised here, once.</summary>
    /// <param name="name">The job's name in logs.</param>
    /// <param name="cleaner">The <c>cache_cleaner</c> block.</param>
    /// <param name="baseDirectory">Directory relative paths are resolved against.</param>
    /// <returns>The job.</returns>
    public static CacheExpiryJob ForCache(string name, CacheCleanerOptions cleaner, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(cleaner);
        string Full(string p) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(p, baseDirectory));
        return new CacheExpiryJob(
            name,
            ExpirySchedule.From(cleaner.CleaningInterval.ToTimeSpan(), cleaner.CleaningSchedule),
            cleaner.DryRun,
            [.. cleaner.ClearEmptyDirectoriesAndOldFiles.Select(Full)],
            [.. cleaner.ClearEmptyDirectories.Select(Full)],
            cleaner.FilesOlderThan.ToTimeSpan(),
            cleaner.DirectoriesEmptyForMoreThan.ToTimeSpan());
    }
}
