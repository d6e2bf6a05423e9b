namespace Oods.Butler.Gen2;

/// <summary>One registry column: its name, SQL type (text, int or double) and how a raw's metadata fills it.</summary>
/// <param name="Name">Column name as the obs_lsst ingest config spells it.</param>
/// <param name="Type">SQL type as RegisterTask wrote it.</param>
internal sealed record Gen2Column(string Name, string Type);
