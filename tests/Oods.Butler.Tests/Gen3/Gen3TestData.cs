using System.Globalization;
using Microsoft.Data.Sqlite;
using Oods.Butler.Gen3;
using Oods.Core.Instruments;
using Oods.Core.Metadata;
using Oods.Core.Repositories;

namespace Oods.Butler.Tests.Gen3;

/// <summary>Raws and registry helpers shared by the Gen3 tests.</summary>
internal static class Gen3TestData
{
    public static InstrumentDefinition Latiss => InstrumentCatalog.Get("LATISS");

    public static InstrumentDefinition ComCam => InstrumentCatalog.Get("LSSTComCam");

    /// <summary>The LATISS raw of butler.md §3.4, with the values the real butler wrote.</summary>
    public static RawMetadata GoldenLatiss(long exposure = 2021070100123, long seqNum = 123) => new()
    {
        Instrument = Latiss,
        Detector = Latiss.Detectors[0],
        Band = "r",
        Exposure = new ExposureRecord
        {
            Instrument = "LATISS",
            Id = exposure,
            DayObs = exposure / 100000,
            Group = seqNum == 123 ? "2021-07-02T03:03:00.123" : $"2021-07-02T03:03:00.{seqNum:D3}",
            PhysicalFilter = "SDSSr_65mm~empty",
            ObsId = $"AT_O_{exposure / 100000}_{seqNum:D6}",
            ExposureTime = 30.0,
            DarkTime = 30.2,
            ObservationType = "science",
            ObservationReason = "object",
            SeqNum = seqNum,
            SeqStart = seqNum,
            SeqEnd = seqNum,
            TargetName = "HD12345",
            ScienceProgram = "BLOCK-123",
            TrackingRa = 10.5,
            TrackingDec = -30.25,
            SkyAngle = 45.0,
            Azimuth = 123.4,
            ZenithAngle = 20.0,
            HasSimulated = false,
            CanSeeSky = true,
            TimespanBegin = 1625195045678000000,
            TimespanEnd = 1625195075678000000,
        },
    };

    /// <summary>A ComCam raw of one detector (exposure 2024102700057 by default).</summary>
    public static RawMetadata ComCamRaw(long detector, long exposure = 2024102700057) => new()
    {
        Instrument = ComCam,
        Detector = ComCam.Detectors.Single(d => d.Id == detector),
        Band = "r",
        Exposure = new ExposureRecord
        {
            Instrument = "LSSTComCam",
            Id = exposure,
            DayObs = exposure / 100000,
            Group = $"group-{exposure}",
            PhysicalFilter = "r_03",
            ObsId = $"CC_O_{exposure / 100000}_{exposure % 100000:D6}",
            ExposureTime = 30.0,
            DarkTime = 30.0,
            ObservationType = "science",
            ObservationReason = "science",
            SeqNum = exposure % 100000,
            SeqStart = exposure % 100000,
            SeqEnd = exposure % 100000,
            HasSimulated = false,
            CanSeeSky = true,
            TimespanBegin = 1730070000000000000 + (exposure % 100000),
            TimespanEnd = 1730070030000000000 + (exposure % 100000),
        },
    };

    /// <summary>Writes a small file standing in for a raw.</summary>
    public static string WriteFile(string directory, string name, int size = 2880, byte fill = 0x20)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, Enumerable.Repeat(fill, size).ToArray());
        return path;
    }

    public static async Task<IReadOnlyList<RepositoryResult>> IngestAsync(Gen3Repository repository, TransferMode transfer, params RawFile[] files)
    {
        await using var writer = repository.CreateWriter(transfer);
        return await writer.IngestAsync(files, CancellationToken.None);
    }

    /// <summary>Rows as the sqlite3 shell prints them (<c>|</c>-separated, NULL, reals with a decimal point).</summary>
    public static List<string> Rows(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return Rows(connection, sql);
    }

    public static void Execute(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static List<string> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Show(reader.GetValue(i)))));
        }

        return rows;
    }

    private static string Show(object value) => value switch
    {
        DBNull => "NULL",
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => d.ToString("0.0", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
