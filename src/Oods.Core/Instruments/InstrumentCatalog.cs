using System.Diagnostics.CodeAnalysis;

namespace Oods.Core.Instruments;

/// <summary>
/// The instruments OODS can ingest, looked up by Butler name (<c>LATISS</c>) or by the Python class path
/// the OODS YAML uses in <c>butler.instrument</c> (<c>lsst.obs.lsst.Latiss</c>).
/// </summary>
/// <remarks>
/// The definitions are fixed data transcribed from obs_lsst (butler.md §3.5–3.6): a Butler repository must
/// hold exactly the detector and physical-filter rows the real <c>Instrument.register</c> writes, or exposures
/// whose filter is missing fail on the foreign key.
/// </remarks>
public static class InstrumentCatalog
{
    /// <summary>Every known instrument: LATISS, LSSTComCam, LSSTCam, LSSTComCamSim, LSSTCamSim.</summary>
    public static IReadOnlyList<InstrumentDefinition> All { get; } =
    [
        Latiss.Definition,
        LsstComCam.Definition,
        LsstCam.Definition,
        LsstComCamSim.Definition,
        LsstCamSim.Definition,
    ];

    // Declared after All: static initializers run in text order and the index is built from All.
    private static readonly Dictionary<string, InstrumentDefinition> ByKey = BuildIndex();

    /// <summary>Finds an instrument by Butler name or Python class path (case-sensitive, as the Butler is).</summary>
    /// <param name="nameOrClass">E.g. <c>LSSTComCam</c> or <c>lsst.obs.lsst.LsstComCam</c>.</param>
    /// <param name="definition">The instrument when found.</param>
    /// <returns>Whether the instrument is known.</returns>
    public static bool TryGet(string nameOrClass, [NotNullWhen(true)] out InstrumentDefinition? definition)
    {
        ArgumentNullException.ThrowIfNull(nameOrClass);
        return ByKey.TryGetValue(nameOrClass.Trim(), out definition);
    }

    /// <summary>Gets an instrument by Butler name or Python class path.</summary>
    /// <param name="nameOrClass">E.g. <c>LATISS</c> or <c>lsst.obs.lsst.Latiss</c>.</param>
    /// <returns>The instrument.</returns>
    /// <exception cref="KeyNotFoundException">The instrument is not known; the message lists the known ones.</exception>
    public static InstrumentDefinition Get(string nameOrClass)
    {
        if (TryGet(nameOrClass, out var definition))
        {
            return definition;
        }

        var known = string.Join(", ", All.Select(d => $"{d.Name} ({d.ClassName})"));
        throw new KeyNotFoundException($"Unknown instrument '{nameOrClass}'. Known instruments: {known}.");
    }

    private static Dictionary<string, InstrumentDefinition> BuildIndex()
    {
        var index = new Dictionary<string, InstrumentDefinition>(StringComparer.Ordinal);
        foreach (var definition in All)
        {
            index.Add(definition.Name, definition);
            index.Add(definition.ClassName, definition);
        }

        return index;
    }
}
