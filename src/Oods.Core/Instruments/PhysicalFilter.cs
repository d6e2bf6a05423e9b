namespace Oods.Core.Instruments;

/// <summary>A physical filter and its band.</summary>
/// <param name="Name">Physical filter name, e.g. <c>SDSSr_65mm~empty</c>.</param>
/// <param name="Band">Band, e.g. <c>r</c>.</param>
public sealed record PhysicalFilter(string Name, string Band);
