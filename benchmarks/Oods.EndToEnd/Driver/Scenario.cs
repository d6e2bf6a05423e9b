namespace Oods.EndToEnd.Driver;

/// <summary>One load shape.</summary>
/// <param name="Name">The name in the table.</param>
/// <param name="Kind">Steady, burst or backlog.</param>
/// <param name="Files">Files in all.</param>
/// <param name="Rate">Steady: files per second. Burst: files per burst.</param>
/// <param name="SequenceBase">First exposure sequence number (keeps data IDs of scenarios apart).</param>
internal sealed record Scenario(string Name, ScenarioKind Kind, int Files, int Rate, int SequenceBase);
