using System.Data.Common;
using Oods.Core.Instruments;

namespace Oods.Butler.Gen3;

/// <summary>Writes an instrument's <c>instrument</c>, <c>detector</c> and <c>physical_filter</c> rows (butler.md §3.6).</summary>
internal static class InstrumentRegistration
{
    /// <summary>Registers the instrument if its row is absent; adds any detector or filter that is missing.</summary>
    /// <param name="dialect">The registry's dialect.</param>
    /// <param name="connection">A connection inside a transaction.</param>
    /// <param name="instrument">The instrument.</param>
    public static void Register(RegistryDialect dialect, DbConnection connection, InstrumentDefinition instrument)
    {
        var columns = dialect.Columns(connection, "instrument");
        var values = new Dictionary<string, object?>
        {
            ["name"] = instrument.Name,
            ["visit_max"] = instrument.ExposureMax,
            ["visit_system"] = instrument.VisitSystem,
            ["exposure_max"] = instrument.ExposureMax,
            ["detector_max"] = Math.Max(instrument.DetectorMax, 1),
            ["class_name"] = instrument.ClassName,
        }.Where(v => columns.Contains(v.Key)).ToList();
        RegistryCommands.Execute(
            connection,
            $"INSERT INTO instrument ({string.Join(", ", values.Select(v => v.Key))}) VALUES ({string.Join(", ", values.Select(v => "@" + v.Key))}) ON CONFLICT DO NOTHING",
            [.. values.Select(v => ("@" + v.Key, v.Value))]);

        using (var detector = RegistryCommands.Command(
            connection,
            "INSERT INTO detector (instrument, id, full_name, name_in_raft, raft, purpose) VALUES (@i, @id, @f, @n, @r, @p) ON CONFLICT DO NOTHING",
            ("@i", null), ("@id", null), ("@f", null), ("@n", null), ("@r", null), ("@p", null)))
        {
            foreach (var d in instrument.Detectors)
            {
                Bind(detector, d.Instrument, d.Id, d.FullName, d.NameInRaft, d.Raft, d.Purpose);
                detector.ExecuteNonQuery();
            }
        }

        using var filter = RegistryCommands.Command(
            connection,
            "INSERT INTO physical_filter (instrument, name, band) VALUES (@i, @n, @b) ON CONFLICT DO NOTHING",
            ("@i", null), ("@n", null), ("@b", null));
        foreach (var f in instrument.PhysicalFilters)
        {
            Bind(filter, instrument.Name, f.Name, f.Band);
            filter.ExecuteNonQuery();
        }
    }

    private static void Bind(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
