namespace Oods.Fits;

/// <summary>Parses the cards of one header, up to and including its END card.</summary>
internal static class HeaderParser
{
    /// <summary>Reads one header.</summary>
    /// <param name="reader">The block reader, at the start of a header.</param>
    /// <param name="primary">Whether this is the primary header (must start with SIMPLE = T).</param>
    /// <returns>The header.</returns>
    /// <exception cref="FitsFormatException">The header is malformed.</exception>
    public static FitsHeader Read(BlockReader reader, bool primary)
    {
        var start = reader.Offset;
        var cards = new List<FitsCard>(64);
        Span<char> text = stackalloc char[FitsReader.CardSize];
        while (true)
        {
            if (reader.Offset - start >= FitsReader.MaxHeaderBytes)
            {
                throw new FitsFormatException($"header longer than {FitsReader.MaxHeaderBytes} bytes without END", reader.Offset);
            }

            var blockOffset = reader.Offset;
            var block = reader.Next();
            if (block.IsEmpty)
            {
                throw new FitsFormatException(cards.Count == 0 && primary ? "empty file" : "header is truncated: end of file before END", reader.Offset);
            }

            for (var i = 0; i < FitsReader.BlockSize; i += FitsReader.CardSize)
            {
                var offset = blockOffset + i;
                var raw = block.Slice(i, FitsReader.CardSize);
                var bad = raw.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7e);
                if (bad >= 0)
                {
                    throw new FitsFormatException(cards.Count == 0 ? "not a FITS file (binary content)" : $"card has a non-printable byte 0x{raw[bad]:x2}", offset + bad);
                }

                System.Text.Encoding.ASCII.GetChars(raw, text);

                if (cards.Count == 0)
                {
                    CheckFirstCard(text, primary, offset);
                }

                if (text[..8].TrimEnd(' ').SequenceEqual("END") && text[8..].IsWhiteSpace())
                {
                    return new FitsHeader(cards, start);
                }

                CardParser.Append(cards, text, offset);
            }
        }
    }

    private static void CheckFirstCard(ReadOnlySpan<char> card, bool primary, long offset)
    {
        var keyword = card[..8].TrimEnd(' ');
        if (primary && !(keyword.SequenceEqual("SIMPLE") && card[8..].TrimStart("= ").StartsWith('T')))
        {
            throw new FitsFormatException($"not a FITS file: the first card is not SIMPLE = T but '{new string(card[..Math.Min(30, card.Length)]).TrimEnd()}'", offset);
        }

        if (!primary && !keyword.SequenceEqual("XTENSION"))
        {
            throw new FitsFormatException($"extension header does not start with XTENSION but '{new string(card[..8]).TrimEnd()}'", offset);
        }
    }
}
