using Microsoft.Data.Sqlite;
using Oods.Core.Instruments;
using Oods.Core.Repositories;

namespace Oods.Butler.Gen2;

/// <summary>A Gen2 (daf_persistence v1) Butler repository: <c>_mapper</c>, <c>registry.sqlite3</c> and <c>raw/</c>.</summary>
public static class Gen2Repository
{
    /// <summary>The registry file name inside the repository root.</summary>
    public const string RegistryFile = "registry.sqlite3";

    /// <summary>The mapper file name inside the repository root.</summary>
    public const string MapperFile = "_mapper";

    /// <summary>Whether a directory holds a Gen2 repository.</summary>
    /// <param name="root">The directory.</param>
    /// <returns>True when it has a <c>_mapper</c> file.</returns>
    public static bool IsGen2(string root) => File.Exists(Path.Combine(root, MapperFile));

    /// <summary>Creates a repository as OODS initialised them: <c>_mapper</c> and an empty registry with the mapper's tables.</summary>
    /// <param name="root">The directory (created if needed; must not already hold a repository).</param>
    /// <param name="instrument">The instrument; its <see cref="InstrumentDefinition.Gen2Mapper"/> chooses the tables.</param>
    /// <exception cref="RepositoryException">A repository is already there, the mapper is unknown, or the files cannot be written.</exception>
    public static void Create(string root, InstrumentDefinition instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        root = Path.GetFullPath(root);
        var mapper = Gen2Mapper.Find(instrument.Gen2Mapper)
            ?? throw new RepositoryException($"{root}: OODS cannot write Gen2 repositories for mapper {instrument.Gen2Mapper} ({instrument.Name})");
        var registry = Path.Combine(root, RegistryFile);
        if (IsGen2(root) || File.Exists(registry))
        {
            throw new RepositoryException($"{root} already holds a Gen2 repository");
        }

        try
        {
            Directory.CreateDirectory(root);
            using (var connection = Gen2Registry.Connect(registry))
            using (var transaction = connection.BeginTransaction())
            {
                foreach (var statement in mapper.Ddl)
                {
                    Gen2Registry.Execute(connection, statement);
                }

                transaction.Commit();
            }

            if (!OperatingSystem.IsWindows())
            {
                // RegisterConfig.permissions: group-writable, like the registries Gen2 made.
                File.SetUnixFileMode(registry, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead);
            }

            // _mapper last: a directory counts as a Gen2 repository only once its registry is complete.
            File.WriteAllText(Path.Combine(root, MapperFile), mapper.ClassName + "\n");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException)
        {
            throw new RepositoryException($"{root}: cannot create the Gen2 repository: {ex.Message}", ex);
        }
    }

    /// <summary>Opens a repository for ingest and expiry; the first line of <c>_mapper</c> chooses the columns.</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="mode">Move (what OODS used), Copy, Link or Symlink (absolute symbolic link), Hardlink, or Skip (register only).</param>
    /// <param name="timeProvider">The clock for ingest times; the system clock when null.</param>
    /// <returns>The writer; dispose it when done.</returns>
    /// <exception cref="RepositoryException">No Gen2 repository is there, its mapper is unknown, or the mode is Gen3-only.</exception>
    public static Gen2Writer Open(string root, TransferMode mode, TimeProvider? timeProvider = null)
    {
        root = Path.GetFullPath(root);
        if (mode is TransferMode.Direct or TransferMode.Relsymlink)
        {
            throw new RepositoryException($"{root}: transfer mode {mode} exists only for Gen3 repositories; Gen2 takes move, copy, link, hardlink or skip");
        }

        string className;
        try
        {
            className = File.ReadLines(Path.Combine(root, MapperFile)).FirstOrDefault()?.Trim() ?? string.Empty;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RepositoryException($"{root}: not a readable Gen2 repository (no {MapperFile}): {ex.Message}", ex);
        }

        var mapper = Gen2Mapper.Find(className)
            ?? throw new RepositoryException($"{root}: unknown Gen2 mapper '{className}' in {MapperFile}; OODS writes only lsst.obs.lsst.latiss.LatissMapper, lsst.obs.lsst.comCam.LsstComCamMapper and lsst.obs.lsst.LsstCamMapper");
        var registry = Path.Combine(root, RegistryFile);
        if (!File.Exists(registry))
        {
            throw new RepositoryException($"{root}: the Gen2 repository has no {RegistryFile}");
        }

        return Gen2Writer.Open(root, registry, mapper, mode, timeProvider ?? TimeProvider.System);
    }
}
