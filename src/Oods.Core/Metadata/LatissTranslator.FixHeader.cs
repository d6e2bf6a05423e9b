namespace Oods.Core.Metadata;

/// <summary>LATISS header corrections by date (obs_lsst <c>LatissTranslator.fix_header</c>).</summary>
/// <remarks>
/// Dates are compared on the naive TAI calendar; obs_lsst compares UTC constants with TAI times, a 37-second
/// difference that no real exposure sits inside. Per-OBSID YAML corrections shipped with obs_lsst are not applied.
/// </remarks>
internal sealed partial class LatissTranslator
{
    private static readonly DateTime Detector068Date = new(2019, 6, 24);
    private static readonly DateTime ImageTypeOkayDate = new(2019, 11, 7);
    private static readonly DateTime ObjectIsEngTest = new(2020, 1, 27, 20, 0, 0);
    private static readonly DateTime RaDecIsRadians = new(2020, 1, 28, 22, 0, 0);
    private static readonly DateTime RaStartIsBad = new(2020, 5, 1);
    private static readonly DateTime RaStartIsHours = new(2021, 2, 11, 18, 45, 0);
    private static readonly DateTime RaStartIsOkay = new(2021, 2, 12);
    private static readonly DateTime DateEndIsBad = new(2020, 2, 1);
    private static readonly DateTime RotpaSwitch1 = new(2020, 11, 19);
    private static readonly DateTime RotpaSwitch2 = new(2021, 10, 29);
    private static readonly DateTime TargetStartsSpecColon = new(2022, 7, 10);

    /// <inheritdoc/>
    protected override void FixHeader()
    {
        FixIdentifiers();

        if (Header.String("DATE-OBS") is { } dateObs && dateObs.StartsWith("1970", StringComparison.Ordinal))
        {
            // The DAQ clock was unset: the file-write time is the best estimate of the exposure.
            Header.Set("DATE-OBS", Header.String("DATE"));
            Header.Set("DATE-BEG", Header.String("DATE"));
            Header.Set("MJD-OBS", Header.Real("MJD"));
            Header.Set("MJD-BEG", Header.Real("MJD"));
            Header.Set("DATE-END", null);
            Header.Set("MJD-END", null);
        }

        var date = TaiTime.ToCalendar(Begin);
        if (date > Detector068Date)
        {
            Header.Set("LSST_NUM", "ITL-3800C-068");
        }

        if (date < DateEndIsBad && Header.IsOk("DATE-END"))
        {
            Header.Set("DATE-END", null);
            Header.Set("MJD-END", null);
        }

        if (date < ImageTypeOkayDate)
        {
            FixImageTypeFromGroup();
        }

        if (date < ObjectIsEngTest && Header.String("IMGTYPE") == "OBJECT")
        {
            Header.Set("IMGTYPE", "ENGTEST");
        }

        if (date < RaDecIsRadians)
        {
            ScaleIfSet("RA", 180.0 / Math.PI);
            ScaleIfSet("DEC", 180.0 / Math.PI);
        }

        // SHUTTIME was never trustworthy on LATISS.
        Header.Set("SHUTTIME", null);

        if (!Header.Contains("OBJECT") && Header.String("IMGTYPE") == "OBJECT")
        {
            Header.Set("OBJECT", "NOTSET");
        }

        if (date < TargetStartsSpecColon && Header.String("OBJECT") is { } target)
        {
            Header.Set("OBJECT", target.Replace("spec:", string.Empty, StringComparison.Ordinal));
        }

        FixCoordinateSystems();
        FixPointing(date);
    }

    private void FixIdentifiers()
    {
        var obsId = Header.String("OBSID") ?? Header.String("IMGNAME");
        if (!Header.Contains("OBSID") && obsId is not null)
        {
            Header.Set("OBSID", obsId);
        }

        // OBSID is AT_<controller>_<YYYYMMDD>_<NNNNNN>; early files lack DAYOBS and SEQNUM.
        var parts = obsId?.Split('_', 4) ?? [];
        if (!Header.Contains("DAYOBS"))
        {
            var dayObs = parts.Length > 2 && parts[2].Length == 8 ? parts[2] : Header.String("OBS-NITE");
            if (!string.IsNullOrEmpty(dayObs))
            {
                Header.Set("DAYOBS", dayObs);
            }
        }

        if (!Header.Contains("SEQNUM") && parts.Length > 3 && long.TryParse(parts[3], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seqNum))
        {
            Header.Set("SEQNUM", seqNum);
        }
    }

    private void FixImageTypeFromGroup()
    {
        // Until November 2019 the image type was written into GROUPID.
        var groupId = Header.String("GROUPID");
        if (string.IsNullOrEmpty(groupId) || groupId.StartsWith("test", StringComparison.Ordinal))
        {
            return;
        }

        var imageType = Header.String("IMGTYPE");
        if (string.IsNullOrEmpty(imageType))
        {
            if (groupId.Contains('_', StringComparison.Ordinal))
            {
                groupId = groupId[..groupId.IndexOf('_', StringComparison.Ordinal)];
            }
            else if (!groupId.Equals("FOCUS", StringComparison.OrdinalIgnoreCase) && groupId.StartsWith("FOCUS", StringComparison.OrdinalIgnoreCase))
            {
                groupId = "FOCUS";
            }
            else
            {
                Header.Set("GROUPID", null);
            }

            Header.Set("IMGTYPE", groupId);
        }
        else if (imageType == groupId)
        {
            Header.Set("GROUPID", null);
        }
    }

    private void FixCoordinateSystems()
    {
        if (Header.String("RADESYS") == string.Empty)
        {
            Header.Set("RADESYS", "ICRS");
        }

        var trackSys = Header.String("TRACKSYS");
        if (trackSys == string.Empty)
        {
            Header.Set("TRACKSYS", null);
        }
        else if (trackSys == "SIDEREAL")
        {
            Header.Set("TRACKSYS", "RADEC");
        }
    }

    private void FixPointing(DateTime date)
    {
        if (date < RaStartIsHours)
        {
            if (date < RaStartIsBad)
            {
                foreach (var key in (string[])["RASTART", "DECSTART", "RAEND", "DECEND"])
                {
                    Header.Set(key, null);
                }
            }
            else
            {
                ScaleIfSet("RASTART", 15.0);
                ScaleIfSet("RAEND", 15.0);
            }
        }

        if (date > RaStartIsBad && date < RaStartIsOkay)
        {
            // A 37-second clock error in the derived RA.
            const double Offset = 37.0 / 3600.0 * 15.0;
            foreach (var key in (string[])["RASTART", "RAEND"])
            {
                if (Header.Real(key) is { } ra && ra != 0)
                {
                    Header.Set(key, ra + Offset);
                }
            }
        }

        if (date > RotpaSwitch1 && date < RotpaSwitch2 && Header.Real("ROTPA") is { } rotpa)
        {
            Header.Set("ROTPA", rotpa - 180);
        }
    }

    private void ScaleIfSet(string key, double factor)
    {
        if (Header.Real(key) is { } value && value != 0)
        {
            Header.Set(key, value * factor);
        }
    }
}
