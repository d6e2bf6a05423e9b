namespace Oods.Fits;

/// <summary>The type of a FITS header card's value (FITS 4.0 §4.2).</summary>
public enum FitsValueKind
{
    /// <summary>Commentary card (COMMENT, HISTORY, blank keyword) or a card with no value indicator.</summary>
    None,

    /// <summary>A value indicator with an empty value field: the value is undefined.</summary>
    Undefined,

    /// <summary>A character string.</summary>
    String,

    /// <summary>T or F.</summary>
    Logical,

    /// <summary>An integer that fits in 64 bits.</summary>
    Integer,

    /// <summary>A floating-point number (E or D exponents).</summary>
    Real,

    /// <summary>A complex number written as (re, im).</summary>
    Complex,
}
