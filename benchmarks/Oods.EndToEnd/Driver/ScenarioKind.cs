namespace Oods.EndToEnd.Driver;

/// <summary>How files arrive.</summary>
internal enum ScenarioKind
{
    /// <summary>One file at a time at a fixed rate; latency from each rename.</summary>
    Steady,

    /// <summary>Whole exposures renamed in as fast as possible; time from the last rename to the last outcome.</summary>
    Burst,

    /// <summary>All files present before the process starts; times from the start.</summary>
    Backlog,
}
