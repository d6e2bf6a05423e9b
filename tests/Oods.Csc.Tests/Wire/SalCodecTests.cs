using Oods.Csc.SalInterface;
using Oods.Csc.Wire;

namespace Oods.Csc.Tests.Wire;

public sealed class SalCodecTests
{
    private static readonly SalComponent AtOods = OodsInterface.ForComponent("ATOODS");

    [Fact]
    public void Encode_HeartbeatOfSpecExample_EqualsHandEncodedBytes()
    {
        var sample = new SalSample(AtOods.Topic("logevent_heartbeat"))
        {
            SndStamp = 1767225637.0,
            EfdStamp = 1767225600.0,
            KafkaStamp = 1767225637.0,
            SeqNum = 42,
            RevCode = "5f7c113c",
            Identity = "ATOODS",
            Origin = 12345,
        };

        var bytes = SalCodec.Encode(7, sample);

        Assert.Equal(
            "0000000007000040496e55da41000000000000000000000040" + "6e55da410000404" + "96e55da4154" + "1035663763313133630c41544f4f4453f2c00100",
            Convert.ToHexStringLower(bytes));
    }

    [Fact]
    public void Decode_EncodedImageInOods_RoundTrips()
    {
        var topic = AtOods.Topic("logevent_imageInOODS");
        var sample = new SalSample(topic) { SeqNum = 3, Identity = "ATOODS", Origin = 99, SndStamp = 1.5 };
        sample["camera"] = "LATISS";
        sample["obsid"] = "AT_O_20240101_000123";
        sample["raft"] = "undef";
        sample["sensor"] = "undef";
        sample["statusCode"] = 2;
        sample["description"] = "metadata failure: é";
        var writer = WriterSchema.Parse(AvroSchemaGenerator.SchemaText(AtOods, topic));

        var decoded = SalCodec.Decode(SalCodec.Encode(11, sample), writer, topic);

        Assert.Equal(sample.Values, decoded.Values);
        Assert.Equal((3, "ATOODS", 99, 1.5), (decoded.SeqNum, decoded.Identity, decoded.Origin, decoded.SndStamp));
    }

    [Fact]
    public void Decode_WriterWithExtraAndMissingFields_ResolvesByName()
    {
        var readerTopic = AtOods.Topic("logevent_imageInOODS");
        var writerTopic = readerTopic with
        {
            Fields = [.. readerTopic.Fields.Where(f => f.Name != "description"), new SalField("archiverName", SalFieldType.String, "old")],
        };
        var sample = new SalSample(writerTopic);
        sample["obsid"] = "X";
        sample["archiverName"] = "ATArchiver";
        var writer = WriterSchema.Parse(AvroSchemaGenerator.SchemaText(AtOods, writerTopic));

        var decoded = SalCodec.Decode(SalCodec.Encode(1, sample), writer, readerTopic);

        Assert.Equal("X", decoded["obsid"]);
        Assert.Equal(string.Empty, decoded["description"]);
    }

    [Theory]
    [InlineData("", SalMessageError.BadFrame)]
    [InlineData("00000001", SalMessageError.BadFrame)]
    [InlineData("0100000001", SalMessageError.BadFrame)]
    [InlineData("0000000001", SalMessageError.BadAvro)]
    [InlineData("0000000001" + "00000000000000000000000000000000000000000000000000000000000000000000", SalMessageError.BadAvro)]
    public void Decode_MalformedMessage_ThrowsTypedError(string hex, SalMessageError expected)
    {
        var topic = AtOods.Topic("logevent_summaryState");
        var writer = WriterSchema.Parse(AvroSchemaGenerator.SchemaText(AtOods, topic));

        var ex = Assert.Throws<SalMessageException>(() => SalCodec.Decode(Convert.FromHexString(hex), writer, topic));

        Assert.Equal(expected, ex.Reason);
    }

    [Fact]
    public void Decode_SchemaOfAnotherRecord_ThrowsUnknownSchema()
    {
        var writer = WriterSchema.Parse(AvroSchemaGenerator.SchemaText(AtOods, AtOods.Topic("logevent_heartbeat")));
        var bytes = SalCodec.Encode(4, new SalSample(AtOods.Topic("logevent_heartbeat")));

        var ex = Assert.Throws<SalMessageException>(() => SalCodec.Decode(bytes, writer, AtOods.Topic("logevent_summaryState")));

        Assert.Equal((SalMessageError.UnknownSchema, 4), (ex.Reason, ex.SchemaId));
    }
}
