using System.Globalization;
using Oods.Core.Metadata;

namespace Oods.Butler.Gen3;

/// <summary>day_obs, group and exposure records: identical existing records are a no-op, differing ones a conflict.</summary>
internal sealed partial class Gen3Writer
{
    private const long NanosecondsPerHour = 3_600_000_000_000;

    /// <summary>Exposure records this writer has seen committed as they are (a batch of one exposure's detectors checks once).</summary>
    private readonly HashSet<ExposureRecord> _knownExposures = [];

    private void WriteDimensionRecords(RawMetadata metadata)
    {
        var e = metadata.Exposure;
        if (_knownExposures.Contains(e))
        {
            return;
        }

        if (_repository.Format.HasDayObsAndGroupTables)
        {
            var noon = DayObsStart(e.DayObs);
            Run("INSERT INTO day_obs (instrument, id, timespan_begin, timespan_end) VALUES (@i, @d, @b, @e) ON CONFLICT DO NOTHING", ("@i", e.Instrument), ("@d", e.DayObs), ("@b", noon), ("@e", noon + (24 * NanosecondsPerHour)));
            Run("INSERT INTO \"group\" (instrument, name) VALUES (@i, @g) ON CONFLICT DO NOTHING", ("@i", e.Instrument), ("@g", e.Group));
        }

        var values = ExposureValues(metadata).Where(v => _repository.Format.ExposureColumns.Contains(v.Key)).ToList();
        var columns = string.Join(", ", values.Select(v => Quote(v.Key)));

        // Insert first: a writer sharing the registry that inserts the same exposure at the same time makes this a no-op, not a failure.
        if (Run($"INSERT INTO exposure ({columns}) VALUES ({string.Join(", ", values.Select((_, i) => "@p" + i))}) ON CONFLICT DO NOTHING", [.. values.Select((v, i) => ("@p" + i, v.Value))]) == 1)
        {
            return;
        }

        using var reader = Command($"SELECT {columns} FROM exposure WHERE instrument = @i AND id = @id", ("@i", e.Instrument), ("@id", e.Id)).ExecuteReader();
        if (!reader.Read())
        {
            throw new IngestConflictException($"exposure {e.Id} of {e.Instrument} conflicts with a registered exposure (another exposure with this obs_id?)");
        }

        var differing = values.Select((v, i) => (v.Key, Old: reader.GetValue(i), New: v.Value)).Where(x => !Same(x.Old, x.New)).ToList();
        if (differing.Count > 0)
        {
            throw new IngestConflictException(
                $"exposure {e.Id} of {e.Instrument} is already registered with different values: " +
                string.Join(", ", differing.Select(d => $"{d.Key} registered {Show(d.Old)}, this file {Show(d.New)}")));
        }
    }

    private Dictionary<string, object?> ExposureValues(RawMetadata metadata)
    {
        var e = metadata.Exposure;
        return new Dictionary<string, object?>
        {
            ["instrument"] = e.Instrument,
            ["id"] = e.Id,
            ["day_obs"] = e.DayObs,
            ["group"] = e.Group,
            ["group_name"] = e.Group,
            ["group_id"] = metadata.Gen2?.Visit ?? e.Id,
            ["physical_filter"] = e.PhysicalFilter,
            ["obs_id"] = e.ObsId,
            ["exposure_time"] = e.ExposureTime,
            ["dark_time"] = e.DarkTime,
            ["observation_type"] = e.ObservationType,
            ["observation_reason"] = e.ObservationReason,
            ["seq_num"] = e.SeqNum,
            ["seq_start"] = e.SeqStart,
            ["seq_end"] = e.SeqEnd,
            ["target_name"] = e.TargetName,
            ["science_program"] = e.ScienceProgram,
            ["tracking_ra"] = e.TrackingRa,
            ["tracking_dec"] = e.TrackingDec,
            ["sky_angle"] = e.SkyAngle,
            ["azimuth"] = e.Azimuth,
            ["zenith_angle"] = e.ZenithAngle,
            ["has_simulated"] = e.HasSimulated is { } s ? _dialect.Boolean(s) : null,
            ["can_see_sky"] = e.CanSeeSky is { } c ? _dialect.Boolean(c) : null,
            ["timespan_begin"] = e.TimespanBegin,
            ["timespan_end"] = e.TimespanEnd,
        };
    }

    /// <summary>The start of an observing day: 12:00 TAI of that date, in ns since 1970 TAI (butler.md §3.4).</summary>
    private static long DayObsStart(long dayObs)
    {
        var date = DateTime.ParseExact(dayObs.ToString(CultureInfo.InvariantCulture), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        return ((date - DateTime.UnixEpoch).Ticks * 100) + (12 * NanosecondsPerHour);
    }

    private static bool Same(object? registered, object? value) => (registered, value) switch
    {
        (null or DBNull, null) => true,
        (null or DBNull, _) or (_, null) => false,
        (bool a, bool b) => a == b,
        (int or short or long, long b) => Convert.ToInt64(registered, CultureInfo.InvariantCulture) == b,
        (double a, double b) => a.Equals(b),
        (long a, double b) => a == b,
        (double a, long b) => a == b,
        _ => string.Equals(Convert.ToString(registered, CultureInfo.InvariantCulture), Convert.ToString(value, CultureInfo.InvariantCulture), StringComparison.Ordinal),
    };

    private static string Show(object? value) => value is null or DBNull ? "NULL" : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    private static string Quote(string column) => column == "group" ? "\"group\"" : column;
}
