using System.Buffers;
using BenchmarkDotNet.Attributes;
using Oods.Csc.SalInterface;
using Oods.Csc.Wire;

namespace Oods.Benchmarks.Csc;

/// <summary>Encoding and decoding of the CSC's hottest topic, <c>logevent_imageInOODS</c>, and of <c>ackcmd</c>.</summary>
[MemoryDiagnoser]
public class SalCodecBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(512);
    private SalSample _image = null!;
    private SalSample _ack = null!;
    private byte[] _imageBytes = null!;
    private WriterSchema _imageSchema = null!;
    private SalTopic _imageTopic = null!;

    [GlobalSetup]
    public void Setup()
    {
        var component = OodsInterface.ForComponent("MTOODS");
        _imageTopic = component.Topic("logevent_imageInOODS");
        _image = new SalSample(_imageTopic) { SndStamp = 1767225637.0, SeqNum = 42, RevCode = "3c101dfe", Identity = "MTOODS", Origin = 12345 };
        _image["camera"] = "LSSTCam";
        _image["obsid"] = "MC_O_20260101_000123";
        _image["raft"] = "R22";
        _image["sensor"] = "S11";
        _image["description"] = "file ingested";
        _ack = new SalSample(component.Topic("ackcmd")) { SeqNum = 7, Identity = "MTOODS" };
        _ack["ack"] = 303;
        _ack["result"] = "Done";
        _ack["identity"] = "user@host";
        _imageBytes = SalCodec.Encode(3, _image);
        _imageSchema = WriterSchema.Parse(AvroSchemaGenerator.SchemaText(component, _imageTopic));
    }

    [Benchmark]
    public byte[] EncodeImageInOods() => SalCodec.Encode(3, _image);

    [Benchmark]
    public int EncodeImageInOodsIntoBuffer()
    {
        _buffer.ResetWrittenCount();
        SalCodec.Encode(_buffer, 3, _image);
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public byte[] EncodeAckCmd() => SalCodec.Encode(1, _ack);

    [Benchmark]
    public object DecodeImageInOods() => SalCodec.Decode(_imageBytes, _imageSchema, _imageTopic);
}
