using System.Text.Json;
using Xunit;

namespace Oods.TestUtilities.Csc;

/// <summary>Reads the salobj-generated reference schemas in <c>shared/reference/sal-schemas/&lt;NAME&gt;.json</c>.</summary>
public static class SchemaFiles
{
    public static JsonElement Topics(string component)
    {
        var path = SharedData.Path("reference", "sal-schemas", component + ".json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("topics").Clone();
    }

    public static TheoryData<string, string> AllTopics()
    {
        var data = new TheoryData<string, string>();
        foreach (var component in new[] { "ATOODS", "CCOODS", "MTOODS", "WFOODS" })
        {
            foreach (var topic in Topics(component).EnumerateObject())
            {
                data.Add(component, topic.Name);
            }
        }

        return data;
    }
}
