namespace Oods.Fits;

/// <summary>A read-only stream that yields a few already-read bytes, then the rest of another stream.</summary>
/// <remarks>Lets the reader sniff the gzip magic without requiring a seekable input.</remarks>
internal sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest) : Stream
{
    private ReadOnlyMemory<byte> _prefix = prefix;
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    /// <summary>Whether <see cref="SkipForward"/> can seek in the underlying stream.</summary>
    public bool CanSkipBySeeking => _prefix.IsEmpty && rest.CanSeek;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n;
        if (!_prefix.IsEmpty)
        {
            n = Math.Min(buffer.Length, _prefix.Length);
            _prefix.Span[..n].CopyTo(buffer);
            _prefix = _prefix[n..];
        }
        else
        {
            n = rest.Read(buffer);
        }

        _position += n;
        return n;
    }

    /// <summary>Skips forward by seeking; returns false when past the end.</summary>
    /// <param name="count">Bytes to skip.</param>
    /// <returns>True when the skipped range lies inside the stream.</returns>
    public bool SkipForward(long count)
    {
        var target = rest.Position + count;
        if (target > rest.Length)
        {
            rest.Seek(0, SeekOrigin.End);
            _position += rest.Length - (target - count);
            return false;
        }

        rest.Seek(count, SeekOrigin.Current);
        _position += count;
        return true;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
