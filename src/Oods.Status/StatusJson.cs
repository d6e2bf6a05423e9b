using System.Text.Encodings.Web;
using System.Text.Json;

namespace Oods.Status;

/// <summary>The JSON settings of <c>/status</c>: snake_case keys, paths and "+" left readable.</summary>
public static class StatusJson
{
    /// <summary>The options.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };
}
