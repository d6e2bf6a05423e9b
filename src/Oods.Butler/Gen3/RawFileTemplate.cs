using Oods.Core.Metadata;

namespace Oods.Butler.Gen3;

/// <summary>
/// Where a raw goes inside the datastore when it is copied, moved or linked (daf_butler's template for
/// <c>physical_filter+detector+exposure</c>):
/// <c>{run}/raw/{day_obs}/{obs_id}/raw_{instrument}_{physical_filter}_{obs_id}_{detector.full_name}_{run with / as _}{ext}</c>.
/// </summary>
internal static class RawFileTemplate
{
    /// <summary>The datastore-relative path.</summary>
    /// <param name="metadata">The raw's metadata.</param>
    /// <param name="run">The RUN collection.</param>
    /// <param name="sourcePath">The source file, whose extension is kept (<c>.fits</c>, <c>.fits.fz</c>, ...).</param>
    /// <returns>The relative path with forward slashes.</returns>
    public static string RelativePath(RawMetadata metadata, string run, string sourcePath)
    {
        var e = metadata.Exposure;
        var name = $"raw_{metadata.Instrument.Name}_{e.PhysicalFilter}_{e.ObsId}_{metadata.Detector.FullName}_{run.Replace('/', '_')}";
        return $"{run}/raw/{e.DayObs}/{e.ObsId}/{name}{Extension(sourcePath)}";
    }

    private static string Extension(string path)
    {
        var file = Path.GetFileName(path);
        var dot = file.IndexOf(".fits", StringComparison.OrdinalIgnoreCase);
        return dot >= 0 ? file[dot..] : Path.GetExtension(file);
    }
}
