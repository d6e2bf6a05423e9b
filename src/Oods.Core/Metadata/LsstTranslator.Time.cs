using System.Globalization;

namespace Oods.Core.Metadata;

/// <summary>Begin and end times.</summary>
internal abstract partial class LsstTranslator
{
    private static readonly string[] BeginKeywords = ["MJD-BEG", "DATE-BEG", "MJD-OBS", "DATE-OBS"];

    /// <summary>The end of the exposure: DATE-END, else begin + exposure time; never before begin.</summary>
    /// <returns>ns since 1970 TAI.</returns>
    protected long End()
    {
        long end;
        if (Header.String("DATE-END") is { } dateEnd)
        {
            end = TaiTime.TryParseIso(dateEnd, out var parsed)
                ? parsed
                : throw new MetadataException($"DATE-END '{dateEnd}' is not a FITS date.");
        }
        else
        {
            // A negative exposure time means "unknown" (LATISS without EXPTIME): end at the begin.
            var exposureTime = ExposureTime();
            end = exposureTime < 0 ? Begin : Begin + (long)Math.Round(exposureTime * 1e9);
        }

        return Math.Max(end, Begin);
    }

    private long ComputeBegin()
    {
        // Rubin headers are TAI whatever TIMESYS says; obs_lsst reads every candidate as TAI.
        foreach (var keyword in BeginKeywords)
        {
            if (!Header.IsOk(keyword))
            {
                continue;
            }

            if (keyword.StartsWith("MJD", StringComparison.Ordinal))
            {
                return Header.Real(keyword) is { } mjd
                    ? TaiTime.FromMjd(mjd)
                    : throw new MetadataException($"{keyword} '{Header.String(keyword)}' is not a number.");
            }

            var text = Header.String(keyword)!;
            return TaiTime.TryParseIso(text, out var value)
                ? value
                : throw new MetadataException($"{keyword} '{text}' is not a FITS date.");
        }

        throw new MetadataException(
            string.Create(CultureInfo.InvariantCulture, $"Required header keyword missing: none of {string.Join(", ", BeginKeywords)} is defined."));
    }
}
