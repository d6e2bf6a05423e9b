namespace Oods.Core.Configuration;

/// <summary>One item of the <c>streams</c> list: a <c>file_ingester</c> block with a name.</summary>
public sealed class StreamOptions : FileIngesterOptions
{
    /// <summary>The stream's name in logs, outcomes, the journal and the status page; required, unique.</summary>
    public string Name { get; set; } = "";
}
