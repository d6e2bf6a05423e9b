using Oods.Csc.SalInterface;

namespace Oods.Csc.Wire;

/// <content>Decoding with Avro schema resolution from the writer's schema into the reader's topic.</content>
internal static partial class SalCodec
{
    /// <summary>Decodes a Confluent-framed message written with <paramref name="writerSchema"/> into a sample of <paramref name="readerTopic"/>.</summary>
    /// <param name="message">The Kafka message value.</param>
    /// <param name="writerSchema">The schema registered under the frame's id.</param>
    /// <param name="readerTopic">The topic this process reads.</param>
    /// <returns>The sample; fields the writer lacks keep their defaults, fields the reader lacks are skipped.</returns>
    /// <exception cref="SalMessageException">Bad frame, a schema of another record, or an undecodable body.</exception>
    public static SalSample Decode(ReadOnlySpan<byte> message, WriterSchema writerSchema, SalTopic readerTopic)
    {
        var schemaId = ReadSchemaId(message);
        if (writerSchema.Name != readerTopic.SalName)
        {
            throw new SalMessageException(SalMessageError.UnknownSchema, $"schema {schemaId} is record {writerSchema.Name}, not {readerTopic.SalName}", schemaId);
        }

        var sample = new SalSample(readerTopic);
        var reader = new AvroReader(message[HeaderLength..]);
        try
        {
            foreach (var field in writerSchema.Fields)
            {
                var value = field.IsArray ? ReadArray(ref reader, field.Type) : ReadScalar(ref reader, field.Type);
                Assign(sample, field.Name, value);
            }

            if (!reader.AtEnd)
            {
                throw new FormatException("bytes left after the Avro record");
            }
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
        {
            throw new SalMessageException(SalMessageError.BadAvro, $"undecodable {readerTopic.SalName} body: {ex.Message}", schemaId, ex);
        }

        return sample;
    }

    private static object[] ReadArray(ref AvroReader reader, SalFieldType type)
    {
        var items = new List<object>();
        for (var count = reader.ReadLong(); count != 0; count = reader.ReadLong())
        {
            if (count < 0)
            {
                reader.ReadLong();
                count = -count;
            }

            for (var i = 0L; i < count; i++)
            {
                items.Add(ReadScalar(ref reader, type));
            }
        }

        return [.. items];
    }

    private static object ReadScalar(ref AvroReader reader, SalFieldType type) => type switch
    {
        SalFieldType.Boolean => reader.ReadBoolean(),
        SalFieldType.Int => reader.ReadInt(),
        SalFieldType.Long => reader.ReadLong(),
        SalFieldType.Float => reader.ReadFloat(),
        SalFieldType.Double => reader.ReadDouble(),
        _ => reader.ReadString(),
    };

    private static void Assign(SalSample sample, string name, object value)
    {
        switch (name)
        {
            case "private_sndStamp": sample.SndStamp = Convert.ToDouble(value, null); return;
            case "private_rcvStamp": sample.RcvStamp = Convert.ToDouble(value, null); return;
            case "private_efdStamp": sample.EfdStamp = Convert.ToDouble(value, null); return;
            case "private_kafkaStamp": sample.KafkaStamp = Convert.ToDouble(value, null); return;
            case "private_seqNum": sample.SeqNum = (int)value; return;
            case "private_revCode": sample.RevCode = (string)value; return;
            case "private_identity": sample.Identity = (string)value; return;
            case "private_origin": sample.Origin = (int)value; return;
        }

        var index = sample.FindField(name);
        if (index >= 0)
        {
            sample.Values[index] = Promote(value, sample.Topic.Fields[index].Type);
        }
    }

    private static object Promote(object value, SalFieldType readerType) => (value, readerType) switch
    {
        (object[] items, _) => items.Select(v => Promote(v, readerType)).ToArray(),
        (int i, SalFieldType.Long) => (long)i,
        (int i, SalFieldType.Float) => (float)i,
        (int i, SalFieldType.Double) => (double)i,
        (long l, SalFieldType.Float) => (float)l,
        (long l, SalFieldType.Double) => (double)l,
        (float f, SalFieldType.Double) => (double)f,
        (bool, SalFieldType.Boolean) or (int, SalFieldType.Int) or (long, SalFieldType.Long)
            or (float, SalFieldType.Float) or (double, SalFieldType.Double) or (string, SalFieldType.String) => value,
        _ => throw new InvalidCastException($"cannot resolve writer value {value.GetType().Name} to {readerType}"),
    };
}
