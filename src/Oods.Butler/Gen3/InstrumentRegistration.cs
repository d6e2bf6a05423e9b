using Microsoft.Data.Sqlite;
using Oods.Core.Instruments;

namespace Oods.Butler.Gen3;

/// <summary>Writes an instrument's <c>instrument</c>, <c>detector</c> and <c>physical_filter</c> rows (butler.md §3.6).</summary>
internal static class InstrumentRegistration
{
    /// <summary>Registers the instrument if its row is absent; adds any detector or filter that is missing.</summary>
    /// <param name="connection">A connection inside a transaction.</param>
    /// <param name="instrument">The instrument.</param>
    public static void Register(SqliteConnection connection, InstrumentDefinition instrument)
    {
        var columns = Gen3Repository.Columns(connection, "instrument");
        var values = new Dictionary<string, object?>
        {
            ["name"] = instrument.Name,
            ["visit_max"] = instrument.ExposureMax,
            ["visit_system"] = instrument.VisitSystem,
            ["exposure_max"] = instrument.ExposureMax,
            ["detector_max"] = Math.Max(instrument.DetectorMax, 1),
            ["class_name"] = instrument.ClassName,
        }.Where(v => columns.Contains(v.Key)).ToList();
        Gen3Repository.Execute(
            connection,
            $"INSERT OR IGNORE INTO instrument ({string.Join(", ", values.Select(v => v.Key))}) VALUES ({string.Join(", ", values.Select(v => "$" + v.Key))})",
            [.. values.Select(v => ("$" + v.Key, v.Value))]);

        using (var detector = connection.CreateCommand())
        {
            detector.CommandText = "INSERT OR IGNORE INTO detector (instrument, id, full_name, name_in_raft, raft, purpose) VALUES ($i, $id, $f, $n, $r, $p)";
            var p = Gen3Repository.Parameters(detector, "$i", "$id", "$f", "$n", "$r", "$p");
            foreach (var d in instrument.Detectors)
            {
                (p[0].Value, p[1].Value, p[2].Value, p[3].Value, p[4].Value, p[5].Value) = (d.Instrument, d.Id, d.FullName, d.NameInRaft, (object?)d.Raft ?? DBNull.Value, d.Purpose);
                detector.ExecuteNonQuery();
            }
        }

        using var filter = connection.CreateCommand();
        filter.CommandText = "INSERT OR IGNORE INTO physical_filter (instrument, name, band) VALUES ($i, $n, $b)";
        var fp = Gen3Repository.Parameters(filter, "$i", "$n", "$b");
        foreach (var f in instrument.PhysicalFilters)
        {
            (fp[0].Value, fp[1].Value, fp[2].Value) = (instrument.Name, f.Name, f.Band);
            filter.ExecuteNonQuery();
        }
    }
}
