namespace Oods.Core.Configuration;

/// <summary>The <c>file_ingester</c> block (ctrl_oods 10.x): one stream of files from a landing directory.</summary>
public sealed class FileIngesterOptions
{
    /// <summary>Landing directory the camera writes (or renames) files into; required.</summary>
    public string ImageStagingDirectory { get; set; } = "";

    /// <summary>Directory files are moved into when claimed; with direct transfer their permanent place; required.</summary>
    public string StagingDirectory { get; set; } = "";

    /// <summary>Directory failed files are moved into, with a reason file beside each; required.</summary>
    public string BadFileDirectory { get; set; } = "";

    /// <summary>Largest number of files ingested in one repository transaction; default 20.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>Time between full rescans of the landing directory (notifications give the latency); default 1 s.</summary>
    public TimeInterval NewFileScanInterval { get; set; } = TimeInterval.FromSeconds(1);

    /// <summary>The repository the files are ingested into; required.</summary>
    public ButlerOptions? Butler { get; set; }

    /// <summary>Directory expiry for this stream; optional.</summary>
    public CacheCleanerOptions? CacheCleaner { get; set; }
}
