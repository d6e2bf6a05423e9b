namespace Oods.Core.Metadata;

/// <summary>A Gen3 <c>detector</c> dimension record, named as the table's columns.</summary>
/// <param name="Instrument">Instrument name.</param>
/// <param name="Id">Detector number.</param>
/// <param name="FullName">Full name, e.g. <c>R22_S11</c>.</param>
/// <param name="NameInRaft">Name within the raft, e.g. <c>S11</c>.</param>
/// <param name="Raft">Raft name, e.g. <c>R22</c>; null for LATISS.</param>
/// <param name="Purpose">SCIENCE, GUIDER or WAVEFRONT.</param>
public sealed record DetectorRecord(string Instrument, long Id, string FullName, string NameInRaft, string? Raft, string Purpose);
