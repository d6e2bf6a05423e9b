using Oods.TestUtilities;

namespace Oods.Butler.Tests.Gen3;

/// <summary>The expiry queries on a PostgreSQL registry (native uuid ids, BIGINT ns-TAI ingest_date).</summary>
public sealed class Gen3PostgresExpiryTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly Gen3Backend _backend = Gen3Backend.Postgres();

    public void Dispose()
    {
        _backend.Dispose();
        _temp.Dispose();
    }

    [PostgresTheory]
    [InlineData(true, 2)]
    [InlineData(false, 3)]
    public Task FindExpired_OneDatasetTagged_ExcludedOnlyWhenAsked(bool excludeTagged, int expected) =>
        Gen3ExpiryScenarios.OneDatasetTaggedAsync(_backend, _temp, excludeTagged, expected);

    [PostgresFact]
    public Task FindExpired_RecentDatasets_AreNotExpired() => Gen3ExpiryScenarios.RecentDatasetsAsync(_backend, _temp);

    [PostgresFact]
    public Task RemoveDatasets_Expired_RemovesEveryRowAndReturnsAbsolutePaths() => Gen3ExpiryScenarios.RemoveDatasetsAsync(_backend, _temp);

    [PostgresFact]
    public Task RemoveDatasetsInBulk_Expired_RemovesEveryRow() => Gen3ExpiryScenarios.RemoveInBulkAsync(_backend, _temp);

    [PostgresFact]
    public Task OpenRemover_TwoBatchesOnOneRemover_RemovesEveryRowOfBoth() => Gen3ExpiryScenarios.TwoBatchesOnOneRemoverAsync(_backend, _temp);
}
