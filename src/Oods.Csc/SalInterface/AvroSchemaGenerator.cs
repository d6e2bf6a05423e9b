using System.Security.Cryptography;
using System.Text;

namespace Oods.Csc.SalInterface;

/// <summary>Generates the Avro schema text ts_salobj registers for a topic, and the topic's <c>private_revCode</c>.</summary>
/// <remarks>
/// Follows ts_xml <c>topic_info.py</c> <c>make_avro_schema</c>: record keys <c>type, name, namespace, fields, description</c>;
/// field keys <c>name, type, default, description, units</c>; private fields first. The text must match salobj's byte for
/// byte so that both sides register the same schema version.
/// </remarks>
internal static class AvroSchemaGenerator
{
    /// <summary>The schema text as registered: <c>json.dumps(schema)</c>.</summary>
    public static string SchemaText(SalComponent component, SalTopic topic) => PythonJson.Dumps(SchemaTree(component, topic));

    /// <summary>The revision code: first 8 hex digits of the MD5 of <c>json.dumps(schema, indent=4)</c>.</summary>
    public static string RevCode(SalComponent component, SalTopic topic)
    {
        var text = PythonJson.Dumps(SchemaTree(component, topic), indent: 4);
#pragma warning disable CA5351 // not security: must reproduce ts_xml's md5-based revision code
        var hash = MD5.HashData(Encoding.UTF8.GetBytes(text));
#pragma warning restore CA5351
        return Convert.ToHexStringLower(hash)[..8];
    }

    private static List<KeyValuePair<string, object>> SchemaTree(SalComponent component, SalTopic topic)
    {
        List<object> fields = [.. PrivateFields.All.Concat(topic.Fields).Select(FieldTree)];
        return
        [
            new("type", "record"),
            new("name", topic.SalName),
            new("namespace", component.AvroNamespace),
            new("fields", fields),
            new("description", topic.Description),
        ];
    }

    private static List<KeyValuePair<string, object>> FieldTree(SalField field)
    {
        object type = TypeName(field.Type);
        object defaultValue = DefaultValue(field.Type);
        if (field.IsArray)
        {
            type = new List<KeyValuePair<string, object>> { new("type", "array"), new("items", type) };
            defaultValue = Enumerable.Repeat(defaultValue, field.Count).ToList();
        }

        return
        [
            new("name", field.Name),
            new("type", type),
            new("default", defaultValue),
            new("description", field.Description),
            new("units", field.Units),
        ];
    }

    private static string TypeName(SalFieldType type) => type switch
    {
        SalFieldType.Boolean => "boolean",
        SalFieldType.Int => "int",
        SalFieldType.Long => "long",
        SalFieldType.Float => "float",
        SalFieldType.Double => "double",
        SalFieldType.String => "string",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static object DefaultValue(SalFieldType type) => type switch
    {
        SalFieldType.Boolean => false,
        SalFieldType.Int or SalFieldType.Long => 0,
        SalFieldType.Float or SalFieldType.Double => 0.0,
        SalFieldType.String => string.Empty,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
