using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Oods.Core.Instruments;
using Oods.Core.Repositories;

namespace Oods.Butler.Gen3;

/// <summary>A Gen3 Butler repository with an SQLite registry: create, open, and write raws natively.</summary>
public sealed partial class Gen3Repository
{
    /// <summary>The registry file name inside the repository root.</summary>
    public const string RegistryFile = "gen3.sqlite3";

    private const string UuidDatasetsManager = "lsst.daf.butler.registry.datasets.byDimensions._manager.ByDimensionsDatasetRecordStorageManagerUUID";

    private Gen3Repository(string root, string registryPath, RegistryFormat format)
    {
        Root = root;
        RegistryPath = registryPath;
        Format = format;
    }

    /// <summary>The repository root (the directory holding butler.yaml).</summary>
    public string Root { get; }

    /// <summary>The SQLite registry file.</summary>
    public string RegistryPath { get; }

    /// <summary>The datastore name daf_butler records in <c>dataset_location</c> (the placeholder is literal).</summary>
    public static string DatastoreName => "FileDatastore@<butlerRoot>";

    internal RegistryFormat Format { get; }

    /// <summary>Whether a directory holds a Gen3 repository.</summary>
    /// <param name="root">The directory.</param>
    /// <returns>True when it has a butler.yaml.</returns>
    public static bool IsGen3(string root) => File.Exists(Path.Combine(root, "butler.yaml"));

    /// <summary>Creates a repository as daf_butler 30.0.0 would (universe 7, datasets manager 2.0.0, bridge 0.2.1).</summary>
    /// <param name="root">The directory (created if needed; must not already hold a repository).</param>
    /// <param name="instrument">An instrument to register with its detectors and filters, if any.</param>
    /// <returns>The repository.</returns>
    /// <exception cref="RepositoryException">A repository is already there, or it cannot be written.</exception>
    public static Gen3Repository Create(string root, InstrumentDefinition? instrument)
    {
        root = Path.GetFullPath(root);
        if (IsGen3(root) || File.Exists(Path.Combine(root, RegistryFile)))
        {
            throw new RepositoryException($"{root} already holds a Gen3 repository");
        }

        try
        {
            Directory.CreateDirectory(root);
            var registry = Path.Combine(root, RegistryFile);
            using (var connection = Connect(registry))
            using (var transaction = connection.BeginTransaction())
            {
                foreach (var statement in Gen3Schema.FreshRegistry)
                {
                    Execute(connection, statement);
                }

                foreach (var (name, value) in Gen3Schema.Attributes())
                {
                    Execute(connection, "INSERT INTO butler_attributes (name, value) VALUES ($n, $v)", ("$n", name), ("$v", value));
                }

                transaction.Commit();
            }

            File.WriteAllText(Path.Combine(root, "butler.yaml"), Gen3Schema.ButlerYaml());
            var repository = Open(root);
            if (instrument is not null)
            {
                repository.RegisterInstrument(instrument);
            }

            return repository;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new RepositoryException($"cannot create a Gen3 repository at {root}: {e.Message}", e);
        }
    }

    /// <summary>Opens an existing repository and reads the format its registry expects.</summary>
    /// <param name="root">The directory holding butler.yaml.</param>
    /// <returns>The repository.</returns>
    /// <exception cref="RepositoryException">Not a repository, not SQLite, or a format OODS cannot write.</exception>
    public static Gen3Repository Open(string root)
    {
        root = Path.GetFullPath(root);
        if (!IsGen3(root))
        {
            throw new RepositoryException($"{root} is not a Gen3 repository (no butler.yaml)");
        }

        var registry = RegistryPathFrom(root);
        try
        {
            using var connection = Connect(registry);
            return new Gen3Repository(root, registry, ReadFormat(connection, root));
        }
        catch (SqliteException e)
        {
            throw new RepositoryException($"cannot open the registry {registry} of {root}: {e.Message}", e);
        }
    }

    /// <summary>Registers an instrument, all its detectors and all its physical filters (idempotent).</summary>
    /// <param name="instrument">The instrument.</param>
    public void RegisterInstrument(InstrumentDefinition instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        using var connection = Connect(RegistryPath);
        using var transaction = connection.BeginTransaction();
        InstrumentRegistration.Register(connection, instrument);
        transaction.Commit();
    }

    /// <summary>A writer that ingests raws with the given transfer mode.</summary>
    /// <param name="transfer">The transfer mode (any but Skip).</param>
    /// <returns>The writer; dispose it to close the registry connection.</returns>
    public IRepositoryWriter CreateWriter(TransferMode transfer) =>
        transfer == TransferMode.Skip
            ? throw new RepositoryException("transfer mode 'skip' is a Gen2 mode; a Gen3 repository needs direct, copy, move, hardlink, symlink, relsymlink or link")
            : new Gen3Writer(this, transfer);

    /// <summary>Opens a connection with the settings every OODS writer uses.</summary>
    /// <param name="path">The registry file.</param>
    /// <returns>An open connection.</returns>
    internal static SqliteConnection Connect(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 60 }.ToString());
        connection.Open();

        // WAL lets Butler readers query while OODS writes; the busy timeout lets two OODS processes share one file.
        Execute(connection, "PRAGMA journal_mode=WAL");
        Execute(connection, "PRAGMA synchronous=NORMAL");
        Execute(connection, "PRAGMA busy_timeout=60000");
        Execute(connection, "PRAGMA foreign_keys=ON");
        return connection;
    }

    /// <summary>Runs a statement with parameters.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="sql">The SQL.</param>
    /// <param name="parameters">Name/value pairs.</param>
    /// <returns>Rows affected.</returns>
    internal static int Execute(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command.ExecuteNonQuery();
    }

    /// <summary>Adds untyped parameters (their type follows the value at each execution).</summary>
    /// <param name="command">The command.</param>
    /// <param name="names">Parameter names.</param>
    /// <returns>The parameters, in order.</returns>
    internal static SqliteParameter[] Parameters(SqliteCommand command, params string[] names) =>
        [.. names.Select(n => command.Parameters.Add(new SqliteParameter { ParameterName = n, Value = DBNull.Value }))];

    private static string RegistryPathFrom(string root)
    {
        var yaml = File.ReadAllText(Path.Combine(root, "butler.yaml"));
        var db = DbLine().Match(yaml);
        if (!db.Success)
        {
            return Path.Combine(root, RegistryFile);
        }

        var url = db.Groups[1].Value.Trim().Trim('\'', '"');
        if (!url.StartsWith("sqlite:///", StringComparison.Ordinal))
        {
            throw new RepositoryException($"{root}: registry '{url}' is not SQLite; this version of OODS writes SQLite registries only");
        }

        return url["sqlite:///".Length..].Replace("<butlerRoot>", root, StringComparison.Ordinal);
    }

    private static RegistryFormat ReadFormat(SqliteConnection connection, string root)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name, value FROM butler_attributes";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                attributes[reader.GetString(0)] = reader.GetString(1);
            }
        }

        if (!attributes.TryGetValue("config:registry.managers.datasets", out var manager) || manager != UuidDatasetsManager)
        {
            throw new RepositoryException($"{root}: datasets manager '{manager}' is not supported (OODS writes UUID dataset ids: {UuidDatasetsManager} 1.x or 2.x)");
        }

        var version = attributes.GetValueOrDefault($"version:{manager}", "");
        if (!version.StartsWith("1.", StringComparison.Ordinal) && !version.StartsWith("2.", StringComparison.Ordinal))
        {
            throw new RepositoryException($"{root}: datasets manager version '{version}' is not supported (1.x or 2.x)");
        }

        var universe = UniverseVersion().Match(attributes.GetValueOrDefault("config:dimensions.json", "")) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : -1;
        var columns = Columns(connection, "exposure");
        var hasTables = Columns(connection, "day_obs").Count > 0 && Columns(connection, "group").Count > 0;
        if (columns.Count == 0 || (columns.Contains("group") && !hasTables))
        {
            throw new RepositoryException($"{root}: dimension universe {universe} has an exposure table OODS does not know how to fill");
        }

        return new RegistryFormat(version, universe, columns, hasTables);
    }

    /// <summary>The column names of a table (empty when it does not exist).</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="table">The table.</param>
    /// <returns>The column names.</returns>
    internal static HashSet<string> Columns(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
        using var reader = command.ExecuteReader();
        var columns = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    [GeneratedRegex(@"^\s*db:\s*(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex DbLine();

    [GeneratedRegex(@"""version""\s*:\s*(\d+)")]
    private static partial Regex UniverseVersion();
}
