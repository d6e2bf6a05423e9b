namespace Oods.Fits;

/// <summary>Reads a FITS stream block by block, keeping the byte offset for error messages.</summary>
internal sealed class BlockReader(Stream source)
{
    private readonly byte[] _block = new byte[FitsReader.BlockSize];
    private bool _hasPending;

    /// <summary>Offset of the next unread byte in the (uncompressed) stream.</summary>
    public long Offset { get; private set; }

    /// <summary>Reads the next whole block.</summary>
    /// <returns>The block, or an empty span at a clean end of the stream.</returns>
    /// <exception cref="FitsFormatException">The stream ends inside a block.</exception>
    public ReadOnlySpan<byte> Next()
    {
        if (_hasPending)
        {
            _hasPending = false;
            Offset += FitsReader.BlockSize;
            return _block;
        }

        var got = source.ReadAtLeast(_block, _block.Length, throwOnEndOfStream: false);
        if (got == 0)
        {
            return [];
        }

        if (got < _block.Length)
        {
            throw new FitsFormatException($"file ends inside a {FitsReader.BlockSize}-byte block ({got} bytes)", Offset + got);
        }

        Offset += FitsReader.BlockSize;
        return _block;
    }

    /// <summary>Whether the stream has ended (reads ahead one block if needed).</summary>
    /// <returns>True at the end.</returns>
    public bool AtEnd()
    {
        if (_hasPending)
        {
            return false;
        }

        var got = source.ReadAtLeast(_block, _block.Length, throwOnEndOfStream: false);
        if (got == 0)
        {
            return true;
        }

        if (got < _block.Length)
        {
            throw new FitsFormatException($"file ends inside a {FitsReader.BlockSize}-byte block ({got} bytes)", Offset + got);
        }

        _hasPending = true;
        return false;
    }

    /// <summary>Skips a data unit, seeking over it when the stream allows.</summary>
    /// <param name="count">Bytes to skip (a multiple of the block size).</param>
    public void Skip(long count)
    {
        if (count == 0)
        {
            return;
        }

        if (_hasPending)
        {
            _hasPending = false;
            count -= FitsReader.BlockSize;
            Offset += FitsReader.BlockSize;
        }

        if (source is PrefixedStream { CanSkipBySeeking: true } seekable)
        {
            seekable.SkipForward(count);
            Offset += count;
            return;
        }

        var discard = new byte[Math.Min(count, 64 * 1024)];
        while (count > 0)
        {
            var got = source.Read(discard, 0, (int)Math.Min(count, discard.Length));
            if (got == 0)
            {
                return;
            }

            count -= got;
            Offset += got;
        }
    }
}
