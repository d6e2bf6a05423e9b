namespace Oods.Csc.SalInterface;

/// <summary>One field of a SAL topic as ts_xml describes it.</summary>
/// <param name="Name">Field name.</param>
/// <param name="Type">Avro type.</param>
/// <param name="Description">The XML description, verbatim.</param>
/// <param name="Units">The XML units (<c>unitless</c>, <c>second</c>).</param>
/// <param name="Count">Element count; more than 1 makes an Avro array (ignored for strings, as ts_xml does).</param>
internal sealed record SalField(string Name, SalFieldType Type, string Description, string Units = "unitless", int Count = 1)
{
    /// <summary>Whether the field is an Avro array.</summary>
    public bool IsArray => Count > 1 && Type != SalFieldType.String;
}
