using Oods.Csc.SalInterface;

using Oods.TestUtilities.Csc;

namespace Oods.Csc.Tests.SalInterface;

public sealed class SalComponentTests
{
    public static TheoryData<string, string> AllTopics => SchemaFiles.AllTopics();

    [Theory]
    [MemberData(nameof(AllTopics))]
    public void Naming_EveryReferenceTopic_MatchesSalobj(string componentName, string salName)
    {
        var reference = SchemaFiles.Topics(componentName).GetProperty(salName);
        var component = OodsInterface.ForComponent(componentName);
        var topic = component.Topic(salName);

        Assert.Equal(reference.GetProperty("kafka_topic").GetString(), component.KafkaTopic("sal", topic));
        Assert.Equal(reference.GetProperty("subject").GetString(), component.Subject("sal", topic));
        Assert.Equal(SalComponent.Partitions, reference.GetProperty("partitions").GetInt32());
        var policy = reference.GetProperty("cleanup_policy").GetString();
        Assert.Equal(policy == "compact" ? "compact" : null, SalComponent.CleanupPolicy(topic));
        var cmdtype = reference.GetProperty("cmdtype_if_command");
        if (cmdtype.ValueKind == System.Text.Json.JsonValueKind.Number)
        {
            Assert.Equal(cmdtype.GetInt32(), component.CommandType(topic));
        }
    }

    [Fact]
    public void Key_Event_IsSalobjString()
    {
        var component = OodsInterface.ForComponent("ATOODS");

        Assert.Equal("{ \"name\": \"ATOODS\", \"topic\": \"logevent_summaryState\" }", component.Key(component.Topic("logevent_summaryState")));
        Assert.Equal("{ \"name\": \"ATOODS\", \"topic\": \"ackcmd\" }", component.Key(component.Topic("ackcmd")));
    }

    [Fact]
    public void KafkaTopic_TestSubname_KeepsSalNamespace()
    {
        var component = OodsInterface.ForComponent("ATOODS");
        var topic = component.Topic("command_start");

        Assert.Equal("lsst.test_AQID.ATOODS.command_start", component.KafkaTopic("test_AQID", topic));
        Assert.Equal("lsst.sal.ATOODS", component.AvroNamespace);
    }
}
