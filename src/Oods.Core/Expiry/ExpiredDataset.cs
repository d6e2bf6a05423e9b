namespace Oods.Core.Expiry;

/// <summary>A dataset old enough to expire, as a repository reports it.</summary>
/// <param name="Id">The dataset id as the registry stores it.</param>
/// <param name="DatasetType">The dataset type, e.g. <c>raw</c>.</param>
/// <param name="Collection">The RUN collection holding it.</param>
/// <param name="File">Its file: an absolute path or a URI; null when it has none.</param>
public sealed record ExpiredDataset(string Id, string DatasetType, string Collection, string? File);
