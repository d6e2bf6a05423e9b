namespace Oods.Butler.Gen3;

/// <summary>The registry ids a raw of one instrument is written under.</summary>
/// <param name="Name">The RUN collection name, e.g. <c>LATISS/raw/all</c>.</param>
/// <param name="CollectionId">The RUN's collection id.</param>
/// <param name="DatasetTypeId">The id of the <c>raw</c> dataset type.</param>
/// <param name="TagTable">The raw dataset type's tag table, e.g. <c>dataset_tags_00000001</c>.</param>
internal sealed record RawRun(string Name, long CollectionId, long DatasetTypeId, string TagTable);
