using System.Reflection;
using Oods.Core.Configuration;
using Oods.TestUtilities;
using YamlDotNet.RepresentationModel;

namespace Oods.Core.Tests.Configuration;

/// <summary>Every option has an entry in the shipped defaults, and the defaults name no key the code does not know.</summary>
public sealed class DefaultsCoverageTests
{
    private static readonly HashSet<string> EmptyListsShownInExamples = ["streams", "repositories"];

    // Optional blocks whose presence switches a feature on: absent from the shipped defaults, shown whole in an example.
    private static readonly HashSet<string> OptionalBlocksShownInExamples = ["source", "message_ingester"];

    [Fact]
    public void ShippedDefaults_CoverEveryOption()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(RepoPaths.Path("config", "oods.yaml"))));
        var missing = new List<string>();

        Walk(typeof(OodsOptions), stream.Documents[0].RootNode, "", missing);

        Assert.Empty(missing);
    }

    [Fact]
    public void StreamsExample_CoversEveryStreamOption()
    {
        // The shipped defaults run one stream, so their `streams` and `repositories` lists are empty: the example shows every key of an item.
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(RepoPaths.Path("config", "examples", "streams.yaml"))));
        var missing = new List<string>();
        var root = (YamlMappingNode)stream.Documents[0].RootNode;

        var first = Assert.IsType<YamlSequenceNode>(root.Children[new YamlScalarNode("streams")]).Children[0];
        Walk(typeof(StreamOptions), first, "streams[0]", missing);

        Assert.Empty(missing);
    }

    [Fact]
    public void SourcesExample_CoversEveryRemoteSourceOption()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(RepoPaths.Path("config", "examples", "sources.yaml"))));
        var missing = new List<string>();
        var root = (YamlMappingNode)stream.Documents[0].RootNode;

        var first = (YamlMappingNode)Assert.IsType<YamlSequenceNode>(root.Children[new YamlScalarNode("streams")]).Children[0];
        Walk(typeof(SourceOptions), first.Children[new YamlScalarNode("source")], "streams[0].source", missing);

        Assert.Empty(missing);
    }

    [Fact]
    public void S3Example_CoversEveryMessageIngesterOption()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(RepoPaths.Path("config", "examples", "s3.yaml"))));
        var missing = new List<string>();
        var root = (YamlMappingNode)stream.Documents[0].RootNode;

        Walk(typeof(MessageIngesterOptions), root.Children[new YamlScalarNode("message_ingester")], "message_ingester", missing);

        Assert.Empty(missing);
        Assert.Empty(OodsConfigurationLoader.Load(File.ReadAllText(RepoPaths.Path("config", "examples", "s3.yaml")), "s3.yaml").Streams);
    }

    private static void Walk(Type type, YamlNode node, string path, List<string> missing)
    {
        var entries = YamlBinder.WithMergeKeys(Assert.IsType<YamlMappingNode>(node), path, [])
            .ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => e.Value, StringComparer.Ordinal);
        foreach (var (key, property) in YamlBinder.PropertiesOf(type))
        {
            var keyPath = path.Length == 0 ? key : $"{path}.{key}";
            if (!entries.TryGetValue(key, out var child))
            {
                if (!OptionalBlocksShownInExamples.Contains(key))
                {
                    missing.Add(keyPath);
                }

                continue;
            }

            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (propertyType.IsGenericType && propertyType.GetGenericTypeDefinition() == typeof(List<>))
            {
                var itemType = propertyType.GetGenericArguments()[0];
                if (itemType.IsClass && itemType != typeof(string))
                {
                    var first = Assert.IsType<YamlSequenceNode>(child).Children.FirstOrDefault();
                    if (first is null && !EmptyListsShownInExamples.Contains(key))
                    {
                        missing.Add($"{keyPath}[0]");
                    }
                    else if (first is not null)
                    {
                        Walk(itemType, first, $"{keyPath}[0]", missing);
                    }
                }
            }
            else if (propertyType.IsClass && propertyType != typeof(string) && propertyType.GetCustomAttribute<ObsoleteAttribute>() is null)
            {
                Walk(propertyType, child, keyPath, missing);
            }
        }
    }
}
