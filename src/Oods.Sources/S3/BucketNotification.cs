using System.Text.Json;

namespace Oods.Sources.S3;

/// <summary>Parses an S3 bucket notification (AWS/Ceph event JSON: <c>Records[].s3.bucket.name</c>, <c>Records[].s3.object.key</c>).</summary>
internal static class BucketNotification
{
    /// <summary>The objects a notification names, in its order.</summary>
    /// <param name="json">The message value.</param>
    /// <returns>The objects.</returns>
    /// <exception cref="FormatException">The message is not such a notification; the text says what is missing.</exception>
    public static IReadOnlyList<S3ObjectRef> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new FormatException("empty message");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"not JSON: {e.Message}", e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("Records", out var records) || records.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("no Records array");
            }

            var objects = new List<S3ObjectRef>(records.GetArrayLength());
            var i = 0;
            foreach (var record in records.EnumerateArray())
            {
                var bucket = Text(record, $"Records[{i}]", "s3", "bucket", "name");
                var key = Text(record, $"Records[{i}]", "s3", "object", "key");
                long? size = record.GetProperty("s3").GetProperty("object").TryGetProperty("size", out var s) && s.TryGetInt64(out var n) ? n : null;

                // Keys in S3 event notifications are URL-encoded, with '+' for a space.
                objects.Add(new S3ObjectRef(bucket, Uri.UnescapeDataString(key.Replace('+', ' ')), size));
                i++;
            }

            return objects;
        }
    }

    private static string Text(JsonElement element, string path, params string[] names)
    {
        foreach (var name in names)
        {
            path += "." + name;
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                throw new FormatException($"no {path}");
            }
        }

        return element.ValueKind == JsonValueKind.String && element.GetString() is { Length: > 0 } text
            ? text
            : throw new FormatException($"{path} is not a non-empty string");
    }
}
