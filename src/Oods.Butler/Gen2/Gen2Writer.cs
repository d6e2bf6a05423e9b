using Microsoft.Data.Sqlite;
using Oods.Core.Repositories;

namespace Oods.Butler.Gen2;

/// <summary>Writes raws into a Gen2 repository natively, as pipe_tasks IngestTask did, and expires them.</summary>
/// <remarks>
/// One SQLite transaction per batch with a savepoint per file, so one bad file leaves the others ingested.
/// Calls on one writer are serialised; several processes may share a registry (SQLite locking, 30 s busy timeout).
/// </remarks>
public sealed partial class Gen2Writer : IRepositoryWriter
{
    private readonly SqliteConnection _connection;
    private readonly Gen2Mapper _mapper;
    private readonly TransferMode _mode;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);

    private Gen2Writer(string root, SqliteConnection connection, Gen2Mapper mapper, TransferMode mode, TimeProvider time)
    {
        Root = root;
        _connection = connection;
        _mapper = mapper;
        _mode = mode;
        _time = time;
    }

    /// <summary>The repository root.</summary>
    public string Root { get; }

    /// <summary>The mapper class read from <c>_mapper</c>.</summary>
    public string MapperClass => _mapper.ClassName;

    /// <inheritdoc/>
    public string Location => $"gen2:{Root}";

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
    }

    /// <summary>Opens the registry and adds OODS's ingest-time table if this registry lacks it.</summary>
    internal static Gen2Writer Open(string root, string registry, Gen2Mapper mapper, TransferMode mode, TimeProvider time)
    {
        SqliteConnection? connection = null;
        try
        {
            connection = Gen2Registry.Connect(registry);
            Gen2Registry.Execute(connection, Gen2Registry.IngestTableDdl);
            return new Gen2Writer(root, connection, mapper, mode, time);
        }
        catch (SqliteException ex)
        {
            connection?.Dispose();
            throw new RepositoryException($"{root}: cannot open the Gen2 registry: {ex.Message}", ex);
        }
    }

    private string TargetPath(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));
}
