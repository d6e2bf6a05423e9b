namespace Oods.Butler.Gen3;

/// <summary>A dataset old enough to expire.</summary>
/// <param name="DatasetId">The id as the registry stores it (32 hex digits on SQLite).</param>
/// <param name="DatasetType">The dataset type name, e.g. <c>raw</c>.</param>
/// <param name="Run">The RUN collection the dataset belongs to.</param>
/// <param name="Uri">The file: the recorded URI for absolute records, an absolute path for datastore-relative ones.</param>
public sealed record ExpiringDataset(string DatasetId, string DatasetType, string Run, string? Uri);
