using System.Text.Json;
using Oods.Csc.SalInterface;

namespace Oods.Csc.Wire;

/// <summary>The flat record schema a message was written with, as read from the registry.</summary>
/// <param name="Name">The record name (the SAL name).</param>
/// <param name="Fields">Every field, private ones included, in writer order.</param>
internal sealed record WriterSchema(string Name, IReadOnlyList<SalField> Fields)
{
    /// <summary>Parses Avro schema text of a flat SAL record.</summary>
    /// <param name="schemaText">The JSON text.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="FormatException">Not a flat record of primitive or primitive-array fields.</exception>
    public static WriterSchema Parse(string schemaText)
    {
        try
        {
            using var doc = JsonDocument.Parse(schemaText);
            var root = doc.RootElement;
            if (root.GetProperty("type").GetString() != "record")
            {
                throw new FormatException("not an Avro record");
            }

            var fields = root.GetProperty("fields").EnumerateArray().Select(ParseField).ToList();
            return new WriterSchema(root.GetProperty("name").GetString() ?? string.Empty, fields);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException("invalid Avro schema text: " + ex.Message, ex);
        }
    }

    private static SalField ParseField(JsonElement field)
    {
        var name = field.GetProperty("name").GetString() ?? string.Empty;
        var type = field.GetProperty("type");
        if (type.ValueKind == JsonValueKind.Object && type.GetProperty("type").GetString() == "array")
        {
            return new SalField(name, ParseType(type.GetProperty("items")), string.Empty, Count: int.MaxValue);
        }

        return new SalField(name, ParseType(type), string.Empty);
    }

    private static SalFieldType ParseType(JsonElement type) => type.ValueKind == JsonValueKind.String
        ? type.GetString() switch
        {
            "boolean" => SalFieldType.Boolean,
            "int" => SalFieldType.Int,
            "long" => SalFieldType.Long,
            "float" => SalFieldType.Float,
            "double" => SalFieldType.Double,
            "string" => SalFieldType.String,
            var other => throw new FormatException($"unsupported Avro type {other}"),
        }
        : throw new FormatException($"unsupported Avro type {type}");
}
