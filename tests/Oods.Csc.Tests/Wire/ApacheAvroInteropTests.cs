using Avro;
using Avro.Generic;
using Avro.IO;
using Oods.Csc.SalInterface;
using Oods.Csc.Wire;

using Oods.TestUtilities.Csc;

namespace Oods.Csc.Tests.Wire;

/// <summary>Checks the hand-written codec against Apache.Avro, using the salobj schema files (not our generator).</summary>
public sealed class ApacheAvroInteropTests
{
    [Fact]
    public void Encode_ImageInOods_ApacheAvroReadsSameValues()
    {
        var component = OodsInterface.ForComponent("MTOODS");
        var topic = component.Topic("logevent_imageInOODS");
        var sample = new SalSample(topic) { SeqNum = 17, Identity = "MTOODS", Origin = 4242, SndStamp = 1767225637.25 };
        sample["obsid"] = "MC_O_20260101_000001";
        sample["statusCode"] = 1;
        var schema = (RecordSchema)Schema.Parse(SchemaFiles.Topics("MTOODS").GetProperty("logevent_imageInOODS").GetProperty("schema_str").GetString());

        var bytes = SalCodec.Encode(5, sample);
        var reader = new GenericDatumReader<GenericRecord>(schema, schema);
        var record = reader.Read(null!, new BinaryDecoder(new MemoryStream(bytes, SalCodec.HeaderLength, bytes.Length - SalCodec.HeaderLength)));

        Assert.Equal("MC_O_20260101_000001", record["obsid"]);
        Assert.Equal(1, record["statusCode"]);
        Assert.Equal(17, record["private_seqNum"]);
        Assert.Equal(1767225637.25, record["private_sndStamp"]);
    }

    [Fact]
    public void Decode_ApacheAvroWrittenStart_ReadsFields()
    {
        var component = OodsInterface.ForComponent("ATOODS");
        var topic = component.Topic("command_start");
        var text = SchemaFiles.Topics("ATOODS").GetProperty("command_start").GetProperty("schema_str").GetString()!;
        var schema = (RecordSchema)Schema.Parse(text);
        var record = new GenericRecord(schema);
        foreach (var field in schema.Fields)
        {
            record.Add(field.Name, field.Schema.Tag switch
            {
                Schema.Type.Double => 0.0,
                Schema.Type.Int => 0,
                _ => (object)string.Empty,
            });
        }

        record.Add("private_seqNum", 77);
        record.Add("private_identity", "user@host");
        record.Add("configurationOverride", "foo.yaml");
        using var stream = new MemoryStream();
        stream.Write([0, 0, 0, 0, 9]);
        new GenericDatumWriter<GenericRecord>(schema).Write(record, new BinaryEncoder(stream));

        var sample = SalCodec.Decode(stream.ToArray(), WriterSchema.Parse(text), topic);

        Assert.Equal((77, "user@host", "foo.yaml"), (sample.SeqNum, sample.Identity, (string)sample["configurationOverride"]));
    }
}
