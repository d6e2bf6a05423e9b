using System.Globalization;
using Microsoft.Data.Sqlite;
using Oods.Core.Instruments;
using Oods.Core.Metadata;

namespace Oods.Butler.Tests.Gen2;

/// <summary>Hand-built metadata and registry readers shared by the Gen2 tests.</summary>
internal static class Gen2TestData
{
    public static InstrumentDefinition Latiss => InstrumentCatalog.Get("LATISS");

    public static InstrumentDefinition ComCam => InstrumentCatalog.Get("LSSTComCam");

    public static InstrumentDefinition LsstCam => InstrumentCatalog.Get("LSSTCam");

    /// <summary>The LATISS raw of the obs_lsst w.2020.50 Gen2 test repository (butler.md §2.2), by default.</summary>
    public static RawMetadata LatissRaw(long expId = 3018092000065) => new()
    {
        Instrument = Latiss,
        Detector = Latiss.Detectors[0],
        Band = "unknown",
        Exposure = new ExposureRecord
        {
            Instrument = "LATISS",
            Id = expId,
            DayObs = 20180920,
            Group = expId.ToString(CultureInfo.InvariantCulture),
            PhysicalFilter = "unknown~unknown",
            ObsId = $"AT_C_20180920_{expId % 100000:D6}",
            ExposureTime = 27.0,
            SeqNum = expId % 100000,
        },
        Gen2 = new Gen2Fields
        {
            Visit = expId,
            DateObs = "2018-09-21T06:12:18.210",
            ImageType = "UNKNOWN",
            ObjectName = "UNKNOWN",
            DayObs = "2018-09-20",
            ExposureTime = 27.0,
            DetectorName = "S00",
        },
    };

    /// <summary>The ComCam raw of the obs_lsst w.2020.50 Gen2 test repository, by default.</summary>
    public static RawMetadata ComCamRaw(long detector = 0, long expId = 3019053000001) => new()
    {
        Instrument = ComCam,
        Detector = ComCam.Detectors.Single(d => d.Id == detector),
        Band = "unknown",
        Exposure = new ExposureRecord
        {
            Instrument = "LSSTComCam",
            Id = expId,
            DayObs = 20190530,
            Group = expId.ToString(CultureInfo.InvariantCulture),
            PhysicalFilter = "unknown",
            ObsId = $"CC_C_20190530_{expId % 100000:D6}",
            ExposureTime = 0.0,
            SeqNum = expId % 100000,
        },
        Gen2 = new Gen2Fields
        {
            Visit = expId,
            DateObs = "2019-05-31T02:38:37.384",
            ImageType = "BIAS",
            TestType = "BIAS",
            LsstSerial = "ITL-3800C-229",
            Controller = "C",
            ObjectName = "UNKNOWN",
            Run = "unknown",
            DayObs = "2019-05-30",
            ExposureTime = 0.0,
            DetectorName = ComCam.Detectors.Single(d => d.Id == detector).NameInRaft,
            RaftName = "R22",
        },
    };

    /// <summary>Writes a small file standing in for a raw.</summary>
    public static string WriteFile(string directory, string name, byte fill = 0x20, int size = 2880)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, Enumerable.Repeat(fill, size).ToArray());
        return path;
    }

    /// <summary>The <c>sql</c> of every table, in creation order, as <c>sqlite3 .schema</c> prints it.</summary>
    public static List<string> Schema(string database) =>
        Rows(database, "SELECT sql FROM sqlite_master WHERE type = 'table' ORDER BY rowid");

    /// <summary>Rows as the sqlite3 shell prints them (<c>|</c>-separated, NULL, reals with a decimal point).</summary>
    public static List<string> Rows(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++)
            {
                cells[i] = reader.IsDBNull(i) ? "NULL" : reader.GetValue(i) switch
                {
                    double d => d.ToString("0.0###############", CultureInfo.InvariantCulture),
                    var v => Convert.ToString(v, CultureInfo.InvariantCulture)!,
                };
            }

            rows.Add(string.Join('|', cells));
        }

        return rows;
    }
}
