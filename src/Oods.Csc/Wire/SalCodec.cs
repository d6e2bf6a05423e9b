using System.Buffers;
using System.Buffers.Binary;
using Oods.Csc.SalInterface;

namespace Oods.Csc.Wire;

/// <summary>Confluent-framed Avro encoding of SAL samples: <c>0x00 | int32 BE schema id | Avro binary body</c>.</summary>
/// <remarks>
/// Hand-written Avro rather than Apache.Avro generic records: SAL records are flat with six primitive types, so the
/// whole codec is a few varint and little-endian reads, allocates only the strings, needs no reflection, and reads the
/// writer schema's field list for Avro schema resolution (by field name, with int→long→float→double promotion and
/// defaults for missing fields), which is all a remote running another ts_xml version needs. The tests check it
/// against Apache.Avro's own encoder as an independent implementation.
/// </remarks>
internal static partial class SalCodec
{
    /// <summary>The Confluent wire-format magic byte.</summary>
    public const byte MagicByte = 0;

    /// <summary>Bytes before the Avro body.</summary>
    public const int HeaderLength = 5;

    /// <summary>Encodes a sample with the Confluent frame.</summary>
    /// <param name="schemaId">The registry id of the topic's schema.</param>
    /// <param name="sample">The sample.</param>
    /// <returns>The Kafka message value.</returns>
    public static byte[] Encode(int schemaId, SalSample sample)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Encode(buffer, schemaId, sample);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Encodes a sample with the Confluent frame into a buffer.</summary>
    public static void Encode(IBufferWriter<byte> output, int schemaId, SalSample sample)
    {
        var header = output.GetSpan(HeaderLength);
        header[0] = MagicByte;
        BinaryPrimitives.WriteInt32BigEndian(header[1..], schemaId);
        output.Advance(HeaderLength);

        var writer = new AvroWriter(output);
        writer.WriteDouble(sample.SndStamp);
        writer.WriteDouble(sample.RcvStamp);
        writer.WriteDouble(sample.EfdStamp);
        writer.WriteDouble(sample.KafkaStamp);
        writer.WriteLong(sample.SeqNum);
        writer.WriteString(sample.RevCode);
        writer.WriteString(sample.Identity);
        writer.WriteLong(sample.Origin);
        for (var i = 0; i < sample.Topic.Fields.Count; i++)
        {
            var field = sample.Topic.Fields[i];
            if (field.IsArray)
            {
                var items = (object[])sample.Values[i];
                if (items.Length > 0)
                {
                    writer.WriteLong(items.Length);
                    foreach (var item in items)
                    {
                        WriteScalar(writer, field.Type, item);
                    }
                }

                writer.WriteLong(0);
            }
            else
            {
                WriteScalar(writer, field.Type, sample.Values[i]);
            }
        }
    }

    /// <summary>Reads the schema id from a Confluent frame.</summary>
    /// <exception cref="SalMessageException">The frame is too short or the magic byte is wrong.</exception>
    public static int ReadSchemaId(ReadOnlySpan<byte> message)
    {
        if (message.Length < HeaderLength || message[0] != MagicByte)
        {
            throw new SalMessageException(SalMessageError.BadFrame, message.Length < HeaderLength
                ? $"message of {message.Length} bytes is shorter than the Confluent header"
                : $"magic byte is {message[0]}, not 0");
        }

        return BinaryPrimitives.ReadInt32BigEndian(message[1..]);
    }

    private static void WriteScalar(AvroWriter writer, SalFieldType type, object value)
    {
        switch (type)
        {
            case SalFieldType.Boolean: writer.WriteBoolean((bool)value); break;
            case SalFieldType.Int: writer.WriteLong((int)value); break;
            case SalFieldType.Long: writer.WriteLong((long)value); break;
            case SalFieldType.Float: writer.WriteFloat((float)value); break;
            case SalFieldType.Double: writer.WriteDouble((double)value); break;
            default: writer.WriteString((string)value); break;
        }
    }
}
