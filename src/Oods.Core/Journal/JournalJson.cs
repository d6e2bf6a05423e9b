using System.Text.Encodings.Web;
using System.Text.Json;

namespace Oods.Core.Journal;

/// <summary>The JSON settings of the journal: one compact line per entry, "+" and non-ASCII kept readable.</summary>
internal static class JournalJson
{
    /// <summary>The options.</summary>
    public static JsonSerializerOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
