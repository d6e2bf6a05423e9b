using System.Globalization;

namespace Oods.Fits;

/// <summary>Parses one 80-character card into a <see cref="FitsCard"/> (FITS 4.0 §4), joining CONTINUE strings.</summary>
internal static class CardParser
{
    private const int MaxInternedKeywords = 4096;
    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    // Raws repeat the same few hundred keywords in every file: share one string per keyword instead of
    // allocating it per card. Bounded, so that junk keywords from bad files cannot grow it without limit.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Keywords = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KeywordLookup =
        Keywords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Parses a card and appends it, or extends the previous long string for CONTINUE.</summary>
    /// <param name="cards">The cards so far.</param>
    /// <param name="card">The 80 characters.</param>
    /// <param name="offset">The card's byte offset, for errors.</param>
    /// <exception cref="FitsFormatException">The value cannot be parsed.</exception>
    public static void Append(List<FitsCard> cards, ReadOnlySpan<char> card, long offset)
    {
        var keyword = card[..8].TrimEnd(' ');
        if (keyword.SequenceEqual("CONTINUE"))
        {
            AppendContinue(cards, card[8..], offset);
            return;
        }

        if (keyword.SequenceEqual("HIERARCH"))
        {
            var equals = card.IndexOf('=');
            if (equals > 8)
            {
                var name = new string(card[8..equals].Trim(' '));
                cards.Add(ParseValue(name, card[(equals + 1)..], offset));
                return;
            }
        }

        var name8 = Intern(keyword);
        if (name8.Length > 0 && card[8] == '=' && card[9] == ' ' && name8 is not ("COMMENT" or "HISTORY"))
        {
            cards.Add(ParseValue(name8, card[10..], offset));
            return;
        }

        cards.Add(new FitsCard(name8, FitsValueKind.None, new string(card[8..].TrimEnd(' ')), 0, 0, 0, null));
    }

    private static string Intern(ReadOnlySpan<char> keyword)
    {
        if (KeywordLookup.TryGetValue(keyword, out var known))
        {
            return known;
        }

        var text = new string(keyword);
        return Keywords.Count < MaxInternedKeywords ? Keywords.GetOrAdd(text, text) : text;
    }

    private static void AppendContinue(List<FitsCard> cards, ReadOnlySpan<char> field, long offset)
    {
        var previous = cards.Count > 0 ? cards[^1] : null;
        var value = field.TrimStart(' ');
        if (previous is { Kind: FitsValueKind.String } && previous.Text.EndsWith('&') && value.StartsWith('\''))
        {
            var (text, comment) = ParseString(value, offset);
            cards[^1] = previous with
            {
                Text = previous.Text[..^1] + text,
                Comment = comment is null ? previous.Comment : (previous.Comment is null ? comment : previous.Comment + " " + comment),
            };
            return;
        }

        cards.Add(new FitsCard("CONTINUE", FitsValueKind.None, new string(field.TrimEnd(' ')), 0, 0, 0, null));
    }

    private static FitsCard ParseValue(string keyword, ReadOnlySpan<char> field, long offset)
    {
        var value = field.TrimStart(' ');
        if (value.IsEmpty || value[0] == '/')
        {
            return new FitsCard(keyword, FitsValueKind.Undefined, "", 0, 0, 0, Comment(value));
        }

        if (value[0] == '\'')
        {
            var (text, comment) = ParseString(value, offset);
            return new FitsCard(keyword, FitsValueKind.String, text, 0, 0, 0, comment);
        }

        var slash = value.IndexOf('/');
        var token = (slash < 0 ? value : value[..slash]).Trim(' ');
        var remark = slash < 0 ? null : Comment(value[slash..]);
        var raw = new string(token);
        if (token is "T" or "F")
        {
            return new FitsCard(keyword, FitsValueKind.Logical, raw, token[0] == 'T' ? 1 : 0, 0, 0, remark);
        }

        if (token.StartsWith('('))
        {
            return ParseComplex(keyword, token, raw, remark, offset);
        }

        if (IsIntegerText(token) && long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return new FitsCard(keyword, FitsValueKind.Integer, raw, integer, integer, 0, remark);
        }

        if (TryParseReal(token, out var real))
        {
            return new FitsCard(keyword, FitsValueKind.Real, raw, 0, real, 0, remark);
        }

        throw new FitsFormatException($"card {keyword}: cannot parse the value '{raw}'", offset + 10);
    }

    private static FitsCard ParseComplex(string keyword, ReadOnlySpan<char> token, string raw, string? remark, long offset)
    {
        var comma = token.IndexOf(',');
        if (token[^1] != ')' || comma < 0 || !TryParseReal(token[1..comma].Trim(' '), out var re) || !TryParseReal(token[(comma + 1)..^1].Trim(' '), out var im))
        {
            throw new FitsFormatException($"card {keyword}: cannot parse the complex value '{raw}'", offset + 10);
        }

        return new FitsCard(keyword, FitsValueKind.Complex, raw, 0, re, im, remark);
    }

    private static (string Text, string? Comment) ParseString(ReadOnlySpan<char> value, long offset)
    {
        var text = new System.Text.StringBuilder(value.Length);
        var i = 1;
        while (true)
        {
            if (i >= value.Length)
            {
                throw new FitsFormatException("string value has no closing quote", offset + 10);
            }

            if (value[i] == '\'')
            {
                if (i + 1 < value.Length && value[i + 1] == '\'')
                {
                    text.Append('\'');
                    i += 2;
                    continue;
                }

                break;
            }

            text.Append(value[i++]);
        }

        var rest = value[(i + 1)..].TrimStart(' ');
        if (!rest.IsEmpty && rest[0] != '/')
        {
            throw new FitsFormatException($"unexpected text after a string value: '{new string(rest).TrimEnd()}'", offset + 10);
        }

        return (text.ToString().TrimEnd(' '), Comment(rest));
    }

    private static string? Comment(ReadOnlySpan<char> rest) =>
        rest.IsEmpty || rest[0] != '/' ? null : new string(rest[1..].Trim(' '));

    private static bool IsIntegerText(ReadOnlySpan<char> token)
    {
        var digits = token.Length > 0 && token[0] is '+' or '-' ? token[1..] : token;
        return !digits.IsEmpty && !digits.ContainsAnyExcept(Digits);
    }

    private static bool TryParseReal(ReadOnlySpan<char> token, out double value)
    {
        Span<char> normal = stackalloc char[token.Length];
        for (var i = 0; i < token.Length; i++)
        {
            normal[i] = token[i] is 'D' or 'd' ? 'E' : token[i];
        }

        if (double.TryParse(normal, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
        {
            return true;
        }

        value = 0;
        return false;
    }
}
