using Oods.Csc.SalInterface;

using Oods.TestUtilities.Csc;

namespace Oods.Csc.Tests.SalInterface;

public sealed class AvroSchemaGeneratorTests
{
    public static TheoryData<string, string> AllTopics => SchemaFiles.AllTopics();

    [Theory]
    [MemberData(nameof(AllTopics))]
    public void SchemaText_EveryReferenceTopic_EqualsSalobjBytes(string componentName, string salName)
    {
        var expected = SchemaFiles.Topics(componentName).GetProperty(salName).GetProperty("schema_str").GetString();
        var component = OodsInterface.ForComponent(componentName);

        var actual = AvroSchemaGenerator.SchemaText(component, component.Topic(salName));

        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(AllTopics))]
    public void RevCode_EveryReferenceTopic_EqualsSalobjRevCode(string componentName, string salName)
    {
        var expected = SchemaFiles.Topics(componentName).GetProperty(salName).GetProperty("private_revCode").GetString();
        var component = OodsInterface.ForComponent(componentName);

        Assert.Equal(expected, AvroSchemaGenerator.RevCode(component, component.Topic(salName)));
    }

    [Theory]
    [InlineData("ATOODS")]
    [InlineData("CCOODS")]
    [InlineData("MTOODS")]
    [InlineData("WFOODS")]
    public void ForComponent_KnownComponent_HasExactlyTheReferenceTopics(string componentName)
    {
        var expected = SchemaFiles.Topics(componentName).EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);

        var actual = OodsInterface.ForComponent(componentName).Topics.Select(t => t.SalName);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void SchemaText_NewComponentName_UsesItsNamespaceAndDefaultDescription()
    {
        var component = OodsInterface.ForComponent("XXOODS");

        var text = AvroSchemaGenerator.SchemaText(component, component.Topic("logevent_imageInOODS"));

        Assert.Contains("\"namespace\": \"lsst.sal.XXOODS\"", text, StringComparison.Ordinal);
        Assert.EndsWith($"\"description\": \"{OodsInterface.DefaultImageInOodsDescription}\"}}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PythonJson_NonAsciiAndControl_EscapedAsPython()
    {
        Assert.Equal("\"a\\u00e9\\u0001\\t\\\"\"", PythonJson.Dumps("a\u00e9\u0001\t\""));
    }
}
