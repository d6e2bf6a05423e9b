using Oods.Csc.SalInterface;

namespace Oods.Csc.Wire;

/// <summary>Writes samples of one topic as this CSC: fills the private fields, keeps the seqNum, frames with the schema id.</summary>
/// <param name="component">The component.</param>
/// <param name="topic">The topic written.</param>
/// <param name="schemaId">The registry id of the topic's schema.</param>
/// <param name="origin">This process id.</param>
/// <param name="clock">The TAI clock.</param>
/// <param name="identity">The <c>private_identity</c> written: the component name for the CSC (default), <c>user@host</c> for a remote.</param>
internal sealed class SalTopicWriter(SalComponent component, SalTopic topic, int schemaId, int origin, TaiClock clock, string? identity = null)
{
    private readonly SequenceNumber _seqNum = new();

    /// <summary>The topic.</summary>
    public SalTopic Topic { get; } = topic;

    /// <summary>The Kafka key (salobj's JSON-ish string).</summary>
    public string Key { get; } = component.Key(topic);

    /// <summary>The revision code written in every sample.</summary>
    public string RevCode { get; } = AvroSchemaGenerator.RevCode(component, topic);

    /// <summary>The schema id in every frame.</summary>
    public int SchemaId { get; } = schemaId;

    /// <summary>A new sample with default values.</summary>
    public SalSample NewSample() => new(Topic);

    /// <summary>Stamps and encodes a sample; <paramref name="seqNum"/> overrides the counter (ackcmd echoes the command's).</summary>
    /// <returns>The Kafka message value.</returns>
    public byte[] Encode(SalSample sample, int? seqNum = null)
    {
        var (utc, tai) = clock.Now();
        sample.SndStamp = tai;
        sample.RcvStamp = 0.0;
        sample.EfdStamp = utc;
        sample.KafkaStamp = tai;
        sample.SeqNum = seqNum ?? _seqNum.Next();
        sample.RevCode = RevCode;
        sample.Identity = identity ?? component.Name;
        sample.Origin = origin;
        return SalCodec.Encode(SchemaId, sample);
    }
}
