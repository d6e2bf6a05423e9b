namespace Oods.Core.Configuration;

/// <summary>The <c>csc</c> block: run OODS as a SAL CSC (commanded over Kafka) instead of standalone.</summary>
/// <remarks>The Kafka settings come from salobj's environment variables (<c>LSST_TOPIC_SUBNAME</c>, ...), as for every CSC.</remarks>
public sealed class CscModeOptions
{
    /// <summary>SAL component name (ATOODS, CCOODS, MTOODS, WFOODS); default empty = standalone (<c>oods run --component</c> wins).</summary>
    public string Component { get; set; } = "";
}
