namespace Oods.Csc.States;

/// <summary>CSC summary states with ts_xml <c>sal_enums.State</c> values.</summary>
public enum SummaryState
{
    /// <summary>Running but not doing its job (ingest stopped).</summary>
    Disabled = 1,

    /// <summary>Doing its job (ingest running, imageInOODS published).</summary>
    Enabled = 2,

    /// <summary>Failed; only <c>standby</c> leaves it.</summary>
    Fault = 3,

    /// <summary>Shutting down after <c>exitControl</c>.</summary>
    Offline = 4,

    /// <summary>The initial state.</summary>
    Standby = 5,
}
