namespace Oods.Csc.SalInterface;

/// <summary>
/// The SAL generic topics an OODS component has: categories <c>mandatory</c> and <c>csc</c> of ts_xml
/// <c>SALGenerics.xml</c> (v28.0.1), plus the synthetic <c>ackcmd</c> of <c>topic_info.py</c>.
/// </summary>
/// <remarks>Descriptions are copied verbatim from the XML: they are part of the registered schema text.</remarks>
internal static partial class GenericTopics
{
    private const string SubsystemDescription =
        "If this CSC itself has sub-ordinate components, they may be listed here. An empty string means the setting applies to all such sub-ordinate components, or just to this CSC itself.";

    /// <summary>The synthetic command acknowledgement topic.</summary>
    public static SalTopic AckCmd { get; } = new(
        "ackcmd",
        SalTopicKind.Ack,
        "Command acknowledgement",
        [
            new("ack", SalFieldType.Int, "Acknowledgement code"),
            new("error", SalFieldType.Int, "An error code; only relevant if ack=FAILED"),
            new("result", SalFieldType.String, "Message"),
            new("identity", SalFieldType.String, "private_identity field of the command being acknowledged"),
            new("origin", SalFieldType.Int, "private_origin field of the command being acknowledged"),
            new("cmdtype", SalFieldType.Int, "Index of command in alphabetical list of commands, with 0 being the first"),
            new("timeout", SalFieldType.Double, "Estimated remaining duration of command; only relevant if ack=INPROGRESS", "second"),
        ]);
}
