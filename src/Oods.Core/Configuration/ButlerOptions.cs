namespace Oods.Core.Configuration;

/// <summary>The <c>butler</c> block: which repository a stream ingests into (ctrl_oods 10.x <c>ButlerConfig</c>).</summary>
public class ButlerOptions
{
    /// <summary>Instrument, as a Python class path (<c>lsst.obs.lsst.LsstComCam</c>) or a name (<c>LSSTComCam</c>); required.</summary>
    public string Instrument { get; set; } = "";

    /// <summary>Repository directory: holds <c>butler.yaml</c> (Gen3) or <c>_mapper</c> (Gen2); created as Gen3 if absent; required.</summary>
    public string RepoDirectory { get; set; } = "";

    /// <summary>Default read collections (kept for compatibility; OODS writes to <c>&lt;instrument&gt;/raw/all</c>); default empty.</summary>
    public List<string> Collections { get; set; } = [];

    /// <summary>How files get into the repository: direct (default), copy, move, hardlink, symlink, relsymlink, link.</summary>
    public string Transfer { get; set; } = "direct";

    /// <summary>Expiry of Butler datasets; absent means this OODS never deletes Butler data.</summary>
    public CollectionCleanerOptions? CollectionCleaner { get; set; }

    /// <summary>Seconds a guider file waits for its exposure before it is given up; default 30.</summary>
    public int GuiderMaxAgeSeconds { get; set; } = 30;

    /// <summary>Parallel ingest scaling (accepted for compatibility).</summary>
    public IngestScalingOptions IngestScaling { get; set; } = new();
}
