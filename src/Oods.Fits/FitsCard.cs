namespace Oods.Fits;

/// <summary>One keyword record of a FITS header, after CONTINUE long strings are joined.</summary>
/// <param name="Keyword">The keyword, upper case; for HIERARCH cards the name after <c>HIERARCH </c>.</param>
/// <param name="Kind">The type of the value.</param>
/// <param name="Text">The string value (quotes removed, doubled quotes undone, trailing blanks trimmed); for other kinds the raw value text.</param>
/// <param name="Integer">The value when <paramref name="Kind"/> is <see cref="FitsValueKind.Integer"/> or <see cref="FitsValueKind.Logical"/> (1 for T).</param>
/// <param name="Real">The value when <paramref name="Kind"/> is <see cref="FitsValueKind.Real"/> or <see cref="FitsValueKind.Integer"/>; the real part of a complex value.</param>
/// <param name="Imaginary">The imaginary part when <paramref name="Kind"/> is <see cref="FitsValueKind.Complex"/>.</param>
/// <param name="Comment">The comment after the value, if any.</param>
public sealed record FitsCard(
    string Keyword,
    FitsValueKind Kind,
    string Text,
    long Integer,
    double Real,
    double Imaginary,
    string? Comment);
