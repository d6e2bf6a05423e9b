namespace Oods.Csc.SalInterface;

/// <summary>One SAL topic: its SAL name, kind, record description and public fields (private fields are implied).</summary>
/// <param name="SalName">The SAL name, e.g. <c>command_start</c>, <c>logevent_imageInOODS</c>, <c>ackcmd</c>.</param>
/// <param name="Kind">The topic kind.</param>
/// <param name="Description">The XML topic description, verbatim.</param>
/// <param name="Fields">The public fields in XML order.</param>
internal sealed record SalTopic(string SalName, SalTopicKind Kind, string Description, IReadOnlyList<SalField> Fields)
{
    /// <summary>Creates a <c>command_*</c> topic.</summary>
    public static SalTopic Command(string name, string description, params SalField[] fields) =>
        new("command_" + name, SalTopicKind.Command, description, fields);

    /// <summary>Creates a <c>logevent_*</c> topic.</summary>
    public static SalTopic Event(string name, string description, params SalField[] fields) =>
        new("logevent_" + name, SalTopicKind.Event, description, fields);
}
