using System.Globalization;
using Microsoft.Data.Sqlite;
using Oods.Core.Repositories;

namespace Oods.Butler.Gen2;

/// <summary>Expiry: Gen2 registries keep no ingest time, so OODS keeps its own in <c>oods_ingest</c>.</summary>
public sealed partial class Gen2Writer
{
    /// <summary>Lists raws ingested before <paramref name="olderThan"/>.</summary>
    /// <param name="olderThan">The cut-off.</param>
    /// <returns>The raws, by row id.</returns>
    /// <remarks>
    /// Age is OODS's recorded ingest time; raws ingested by Gen2 itself (no record) are aged by the file's
    /// modification time, as the Gen2-era cache cleaner did. Rows whose file is gone and that have no record are not listed.
    /// </remarks>
    /// <exception cref="RepositoryException">The registry cannot be read.</exception>
    public IReadOnlyList<Gen2RawEntry> ListExpired(DateTimeOffset olderThan)
    {
        _gate.Wait();
        try
        {
            return ReadAll().Where(e => e.IngestTime < olderThan).ToArray();
        }
        catch (SqliteException ex)
        {
            throw new RepositoryException($"{Location}: cannot read the registry: {ex.Message}", ex);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Deletes raws: their <c>raw</c> rows, <c>raw_visit</c> rows no other raw refers to, and their files, all or nothing.</summary>
    /// <param name="entries">Raws from <see cref="ListExpired"/>.</param>
    /// <returns>The raws that were removed (entries whose row is already gone are left out).</returns>
    /// <exception cref="RepositoryException">The registry or a file cannot be changed; nothing was removed.</exception>
    public IReadOnlyList<Gen2RawEntry> Remove(IEnumerable<Gen2RawEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _gate.Wait();
        var staged = new List<(string Original, string Staged)>();
        try
        {
            var removed = new List<Gen2RawEntry>();
            using (var transaction = _connection.BeginTransaction(deferred: false))
            {
                foreach (var entry in entries)
                {
                    if (Gen2Registry.Execute(_connection, "DELETE FROM raw WHERE id = $p0", entry.Id) == 0)
                    {
                        continue;
                    }

                    Gen2Registry.Execute(_connection, "DELETE FROM oods_ingest WHERE raw_id = $p0", entry.Id);
                    Gen2Registry.Execute(_connection, "DELETE FROM raw_visit WHERE visit = $p0 AND NOT EXISTS (SELECT 1 FROM raw WHERE visit = $p0)", entry.Visit);
                    if (Gen2Files.Exists(entry.FilePath))
                    {
                        // Renamed aside now, deleted once the rows are gone for good: a failed commit puts it back.
                        var aside = $"{entry.FilePath}.oods-removing";
                        File.Move(entry.FilePath, aside, overwrite: true);
                        staged.Add((entry.FilePath, aside));
                    }

                    removed.Add(entry);
                }

                transaction.Commit();
            }

            var committed = staged.ToArray();
            staged.Clear();
            foreach (var (_, aside) in committed)
            {
                DeleteQuietly(aside);
            }

            return removed;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new RepositoryException($"{Location}: nothing was removed: {ex.Message}", ex);
        }
        finally
        {
            foreach (var (original, aside) in staged)
            {
                File.Move(aside, original, overwrite: false);
            }

            _gate.Release();
        }
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The rows are gone for good; a leftover *.oods-removing file is no raw to any Butler tool.
        }
    }

    private List<Gen2RawEntry> ReadAll()
    {
        var select = "raw.id, raw.expId, raw.detector, raw.visit, raw.dayObs, oods_ingest.ingest_time"
            + (_mapper.RawColumns.Any(c => c.Name == "raftName") ? ", raw.raftName, raw.detectorName" : string.Empty);
        using var command = Gen2Registry.Command(_connection, $"SELECT {select} FROM raw LEFT JOIN oods_ingest ON oods_ingest.raw_id = raw.id ORDER BY raw.id");
        using var reader = command.ExecuteReader();
        var entries = new List<Gen2RawEntry>();
        while (reader.Read())
        {
            var expId = reader.GetInt64(1);
            var detector = reader.GetInt64(2);
            var raft = reader.FieldCount > 6 && !reader.IsDBNull(6) ? reader.GetString(6) : null;
            var name = reader.FieldCount > 7 && !reader.IsDBNull(7) ? reader.GetString(7) : null;
            var path = TargetPath(_mapper.RelativePath(reader.GetString(4), expId, detector, raft, name));
            DateTimeOffset time;
            if (!reader.IsDBNull(5))
            {
                time = DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            }
            else if (Gen2Files.Exists(path))
            {
                time = new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
            }
            else
            {
                continue;
            }

            entries.Add(new Gen2RawEntry(reader.GetInt64(0), path, expId, detector, reader.GetInt64(3), time));
        }

        return entries;
    }
}
