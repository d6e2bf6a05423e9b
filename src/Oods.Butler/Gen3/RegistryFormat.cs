namespace Oods.Butler.Gen3;

/// <summary>What an existing registry's manager versions and schema say about how rows must be written.</summary>
/// <param name="DatasetsManagerVersion">e.g. <c>2.0.0</c> (ns-TAI BIGINT <c>ingest_date</c>) or <c>1.0.0</c> (TIMESTAMP).</param>
/// <param name="Universe">The dimension universe version.</param>
/// <param name="ExposureColumns">The columns of the <c>exposure</c> table.</param>
/// <param name="HasDayObsAndGroupTables">Universe 6+: <c>day_obs</c> and <c>group</c> dimension tables exist.</param>
internal sealed record RegistryFormat(string DatasetsManagerVersion, int Universe, IReadOnlySet<string> ExposureColumns, bool HasDayObsAndGroupTables)
{
    /// <summary>Whether <c>ingest_date</c> is nanoseconds TAI (datasets manager 2.x) rather than a TIMESTAMP.</summary>
    public bool IngestDateIsNanoseconds => DatasetsManagerVersion.StartsWith("2.", StringComparison.Ordinal);
}
