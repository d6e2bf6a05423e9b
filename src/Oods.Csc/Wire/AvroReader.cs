using System.Buffers.Binary;
using System.Text;

namespace Oods.Csc.Wire;

/// <summary>Reads Avro binary primitives; throws <see cref="FormatException"/> on truncated or invalid input.</summary>
internal ref struct AvroReader(ReadOnlySpan<byte> input)
{
    private readonly ReadOnlySpan<byte> _input = input;
    private int _position;

    public readonly bool AtEnd => _position == _input.Length;

    public long ReadLong()
    {
        ulong result = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            var b = Next(1)[0];
            result |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return (long)(result >> 1) ^ -(long)(result & 1);
            }
        }

        throw new FormatException("varint longer than 10 bytes");
    }

    public int ReadInt()
    {
        var value = ReadLong();
        return value is < int.MinValue or > int.MaxValue ? throw new FormatException($"int out of range: {value}") : (int)value;
    }

    public bool ReadBoolean() => Next(1)[0] switch
    {
        0 => false,
        1 => true,
        var b => throw new FormatException($"invalid boolean byte {b}"),
    };

    public float ReadFloat() => BinaryPrimitives.ReadSingleLittleEndian(Next(4));

    public double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(Next(8));

    public string ReadString()
    {
        var length = ReadLong();
        if (length < 0 || length > _input.Length - _position)
        {
            throw new FormatException($"invalid string length {length}");
        }

        return Encoding.UTF8.GetString(Next((int)length));
    }

    private ReadOnlySpan<byte> Next(int count)
    {
        if (count > _input.Length - _position)
        {
            throw new FormatException("truncated Avro body");
        }

        var slice = _input.Slice(_position, count);
        _position += count;
        return slice;
    }
}
