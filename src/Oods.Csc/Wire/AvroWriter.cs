using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Oods.Csc.Wire;

/// <summary>Appends Avro binary primitives (Avro 1.11 spec: zig-zag varints, little-endian IEEE floats, length-prefixed UTF-8).</summary>
internal readonly struct AvroWriter(IBufferWriter<byte> output)
{
    public void WriteLong(long value)
    {
        var zigzag = (ulong)((value << 1) ^ (value >> 63));
        var span = output.GetSpan(10);
        var n = 0;
        while (zigzag >= 0x80)
        {
            span[n++] = (byte)(zigzag | 0x80);
            zigzag >>= 7;
        }

        span[n++] = (byte)zigzag;
        output.Advance(n);
    }

    public void WriteBoolean(bool value)
    {
        output.GetSpan(1)[0] = value ? (byte)1 : (byte)0;
        output.Advance(1);
    }

    public void WriteFloat(float value)
    {
        BinaryPrimitives.WriteSingleLittleEndian(output.GetSpan(4), value);
        output.Advance(4);
    }

    public void WriteDouble(double value)
    {
        BinaryPrimitives.WriteDoubleLittleEndian(output.GetSpan(8), value);
        output.Advance(8);
    }

    public void WriteString(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        WriteLong(length);
        var written = Encoding.UTF8.GetBytes(value, output.GetSpan(length));
        output.Advance(written);
    }
}
