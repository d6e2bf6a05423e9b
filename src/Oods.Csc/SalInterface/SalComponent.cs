namespace Oods.Csc.SalInterface;

/// <summary>One non-indexed SAL component and its topics; naming rules of ts_xml <c>topic_info.py</c> and ts_salobj <c>sal_info.py</c>.</summary>
/// <param name="Name">The component name, e.g. <c>ATOODS</c>.</param>
/// <param name="Topics">Every topic, sorted by SAL name (ordinal), as salobj's <c>sal_topic_names</c>.</param>
internal sealed record SalComponent(string Name, IReadOnlyList<SalTopic> Topics)
{
    /// <summary>The Avro namespace: always <c>lsst.sal.&lt;Name&gt;</c>, independent of the topic subname.</summary>
    public string AvroNamespace => "lsst.sal." + Name;

    /// <summary>Finds a topic by SAL name.</summary>
    /// <param name="salName">E.g. <c>logevent_summaryState</c>.</param>
    /// <returns>The topic.</returns>
    public SalTopic Topic(string salName) =>
        Topics.FirstOrDefault(t => t.SalName == salName) ?? throw new KeyNotFoundException($"{Name} has no topic {salName}");

    /// <summary>The Kafka topic name <c>lsst.&lt;subname&gt;.&lt;Name&gt;.&lt;sal_name&gt;</c>.</summary>
    public string KafkaTopic(string subname, SalTopic topic) => $"lsst.{subname}.{Name}.{topic.SalName}";

    /// <summary>The schema-registry subject (TopicNameStrategy): the Kafka topic plus <c>-value</c>.</summary>
    public string Subject(string subname, SalTopic topic) => KafkaTopic(subname, topic) + "-value";

    /// <summary>The raw UTF-8 Kafka key salobj writes: events, commands and ackcmd are keyed; telemetry has an empty key.</summary>
    /// <remarks>The spacing is exactly salobj's; it is a plain string, not Avro, and keys event compaction.</remarks>
    public string Key(SalTopic topic) =>
        topic.Kind == SalTopicKind.Telemetry ? string.Empty : $"{{ \"name\": \"{Name}\", \"topic\": \"{topic.SalName}\" }}";

    /// <summary>The topic's <c>cleanup.policy</c>: <c>compact</c> for events, null (broker default, delete) otherwise.</summary>
    public static string? CleanupPolicy(SalTopic topic) => topic.Kind == SalTopicKind.Event ? "compact" : null;

    /// <summary>Partitions per topic: 1 for every OODS topic (events must have exactly 1).</summary>
    public const int Partitions = 1;

    /// <summary>The <c>cmdtype</c> salobj writes: the index of the topic in the sorted list of all SAL topic names.</summary>
    /// <remarks>Copying salobj (6 for ATOODS start), not the ts_xml field description (which would give 5).</remarks>
    public int CommandType(SalTopic topic)
    {
        for (var i = 0; i < Topics.Count; i++)
        {
            if (Topics[i].SalName == topic.SalName)
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"{Name} has no topic {topic.SalName}");
    }
}
