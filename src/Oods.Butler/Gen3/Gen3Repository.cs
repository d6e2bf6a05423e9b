using System.Data.Common;
using System.Text.RegularExpressions;
using Oods.Core.Instruments;
using Oods.Core.Repositories;

namespace Oods.Butler.Gen3;

/// <summary>A Gen3 Butler repository with an SQLite or PostgreSQL registry: create, open, and write raws natively.</summary>
public sealed partial class Gen3Repository
{
    /// <summary>The registry file name inside the repository root.</summary>
    public const string RegistryFile = "gen3.sqlite3";

    private const string UuidDatasetsManager = "lsst.daf.butler.registry.datasets.byDimensions._manager.ByDimensionsDatasetRecordStorageManagerUUID";

    private Gen3Repository(string root, RegistryDialect dialect, RegistryFormat format)
    {
        Root = root;
        Dialect = dialect;
        Format = format;
    }

    /// <summary>The repository root (the directory holding butler.yaml).</summary>
    public string Root { get; }

    /// <summary>The registry: the SQLite file, or the PostgreSQL URL and namespace.</summary>
    public string RegistryPath => Dialect.Location;

    /// <summary>The datastore name daf_butler records in <c>dataset_location</c> (the placeholder is literal).</summary>
    public static string DatastoreName => "FileDatastore@<butlerRoot>";

    internal RegistryFormat Format { get; }

    internal RegistryDialect Dialect { get; }

    /// <summary>Whether a directory holds a Gen3 repository.</summary>
    /// <param name="root">The directory.</param>
    /// <returns>True when it has a butler.yaml.</returns>
    public static bool IsGen3(string root) => File.Exists(Path.Combine(root, "butler.yaml"));

    /// <summary>Creates a repository with an SQLite registry as daf_butler 30.0.0 would (universe 7, datasets manager 2.0.0, bridge 0.2.1).</summary>
    /// <param name="root">The directory (created if needed; must not already hold a repository).</param>
    /// <param name="instrument">An instrument to register with its detectors and filters, if any.</param>
    /// <returns>The repository.</returns>
    /// <exception cref="RepositoryException">A repository is already there, or it cannot be written.</exception>
    public static Gen3Repository Create(string root, InstrumentDefinition? instrument) => Create(root, instrument, null, null);

    /// <summary>Creates a repository as daf_butler 30.0.0 would, with its registry in SQLite or in a PostgreSQL schema.</summary>
    /// <param name="root">The directory (created if needed; must not already hold a repository).</param>
    /// <param name="instrument">An instrument to register with its detectors and filters, if any.</param>
    /// <param name="registry">A <c>postgresql://</c> URL, or null for <c>gen3.sqlite3</c> in the root.</param>
    /// <param name="schema">The PostgreSQL namespace; null for the root directory's name in lower case.</param>
    /// <returns>The repository.</returns>
    /// <exception cref="RepositoryException">A repository is already there, or it cannot be written.</exception>
    public static Gen3Repository Create(string root, InstrumentDefinition? instrument, string? registry, string? schema)
    {
        root = Path.GetFullPath(root);
        if (IsGen3(root) || (registry is null && File.Exists(Path.Combine(root, RegistryFile))))
        {
            throw new RepositoryException($"{root} already holds a Gen3 repository");
        }

        var dialect = registry is null ? new SqliteDialect(Path.Combine(root, RegistryFile)) : (RegistryDialect)PostgresDialect.FromUrl(registry, schema ?? DefaultSchema(root));
        try
        {
            Directory.CreateDirectory(root);
            CreateRegistry(dialect, null);
            File.WriteAllText(Path.Combine(root, "butler.yaml"), dialect.ButlerYaml());
            var repository = Open(root);
            if (instrument is not null)
            {
                repository.RegisterInstrument(instrument);
            }

            return repository;
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException)
        {
            throw new RepositoryException($"cannot create a Gen3 repository at {root} ({dialect.Location}): {e.Message}", e);
        }
    }

    /// <summary>Opens an existing repository and reads the format its registry expects.</summary>
    /// <param name="root">The directory holding butler.yaml.</param>
    /// <returns>The repository.</returns>
    /// <exception cref="RepositoryException">Not a repository, an unknown registry, or a format OODS cannot write.</exception>
    public static Gen3Repository Open(string root)
    {
        root = Path.GetFullPath(root);
        if (!IsGen3(root))
        {
            throw new RepositoryException($"{root} is not a Gen3 repository (no butler.yaml)");
        }

        var dialect = DialectFrom(root);
        try
        {
            using var connection = dialect.Connect();
            return new Gen3Repository(root, dialect, ReadFormat(dialect, connection, root));
        }
        catch (DbException e)
        {
            throw new RepositoryException($"cannot open the registry {dialect.Location} of {root}: {e.Message}", e);
        }
    }

    /// <summary>Registers an instrument, all its detectors and all its physical filters (idempotent).</summary>
    /// <param name="instrument">The instrument.</param>
    public void RegisterInstrument(InstrumentDefinition instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        using var connection = Dialect.Connect();
        using var transaction = Dialect.BeginWrite(connection);
        InstrumentRegistration.Register(Dialect, connection, instrument);
        transaction.Commit();
    }

    /// <summary>A writer that ingests raws with the given transfer mode.</summary>
    /// <param name="transfer">The transfer mode (any but Skip).</param>
    /// <returns>The writer; dispose it to close the registry connection.</returns>
    public IRepositoryWriter CreateWriter(TransferMode transfer) =>
        transfer == TransferMode.Skip
            ? throw new RepositoryException("transfer mode 'skip' is a Gen2 mode; a Gen3 repository needs direct, copy, move, hardlink, symlink, relsymlink or link")
            : new Gen3Writer(this, transfer);

    /// <summary>Writes the tables and attributes of a fresh registry, and an instrument if given, in one transaction.</summary>
    /// <param name="dialect">Where the registry goes.</param>
    /// <param name="instrument">An instrument to register, if any.</param>
    internal static void CreateRegistry(RegistryDialect dialect, InstrumentDefinition? instrument)
    {
        using var connection = dialect.Connect();
        using var transaction = dialect.BeginWrite(connection);
        dialect.PrepareNewRegistry(connection);
        foreach (var statement in Gen3Schema.FreshRegistry)
        {
            RegistryCommands.Execute(connection, dialect.Ddl(statement));
        }

        foreach (var (name, value) in Gen3Schema.Attributes())
        {
            RegistryCommands.Execute(connection, "INSERT INTO butler_attributes (name, value) VALUES (@n, @v)", ("@n", name), ("@v", value));
        }

        if (instrument is not null)
        {
            InstrumentRegistration.Register(dialect, connection, instrument);
        }

        transaction.Commit();
    }

    private static string DefaultSchema(string root) =>
        NotSchemaCharacter().Replace(Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar)).ToLowerInvariant(), "_") is var name && name.Length > 0 && !char.IsDigit(name[0]) ? name : "oods_" + name;

    private static RegistryDialect DialectFrom(string root)
    {
        var yaml = File.ReadAllText(Path.Combine(root, "butler.yaml"));
        var db = DbLine().Match(yaml);
        if (!db.Success)
        {
            return new SqliteDialect(Path.Combine(root, RegistryFile));
        }

        var url = Unquote(db.Groups[1].Value);
        if (url.StartsWith("sqlite:///", StringComparison.Ordinal))
        {
            return new SqliteDialect(url["sqlite:///".Length..].Replace("<butlerRoot>", root, StringComparison.Ordinal));
        }

        if (url.StartsWith("postgresql", StringComparison.Ordinal) || url.StartsWith("postgres:", StringComparison.Ordinal))
        {
            var schema = NamespaceLine().Match(yaml) is { Success: true } m ? Unquote(m.Groups[1].Value) : "public";
            return PostgresDialect.FromUrl(NormalizeUrl(url), schema);
        }

        throw new RepositoryException($"{root}: registry '{url}' is neither SQLite nor PostgreSQL");
    }

    /// <summary>SQLAlchemy spells the driver into the scheme (<c>postgresql+psycopg2://</c>); the URL parser wants the plain scheme.</summary>
    private static string NormalizeUrl(string url) =>
        url.IndexOf("://", StringComparison.Ordinal) is var i and > 0 && url[..i].Contains('+', StringComparison.Ordinal) ? "postgresql" + url[i..] : url;

    private static string Unquote(string value) => value.Trim().Trim('\'', '"');

    private static RegistryFormat ReadFormat(RegistryDialect dialect, DbConnection connection, string root)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var command = RegistryCommands.Command(connection, "SELECT name, value FROM butler_attributes"))
        using (var reader = command.ExecuteReader())
        {
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
        var columns = dialect.Columns(connection, "exposure");
        var hasTables = dialect.TableExists(connection, "day_obs") && dialect.TableExists(connection, "group");
        if (columns.Count == 0 || (columns.Contains("group") && !hasTables))
        {
            throw new RepositoryException($"{root}: dimension universe {universe} has an exposure table OODS does not know how to fill");
        }

        return new RegistryFormat(version, universe, columns, hasTables);
    }

    [GeneratedRegex(@"^\s*db:\s*(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex DbLine();

    [GeneratedRegex(@"^\s*namespace:\s*(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex("[^a-z0-9_]")]
    private static partial Regex NotSchemaCharacter();

    [GeneratedRegex(@"""version""\s*:\s*(\d+)")]
    private static partial Regex UniverseVersion();
}
