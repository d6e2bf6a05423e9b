namespace Oods.Core.Configuration;

/// <summary>The <c>file_ingester</c> block (ctrl_oods 10.x): one stream of files from a landing directory.</summary>
public class FileIngesterOptions
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

    /// <summary>More landing directories of the same stream (each claimed into staging under its own sub-path); default none.</summary>
    public List<string> LandingDirectories { get; set; } = [];

    /// <summary>For writers that do not rename into place: a file is taken only once unchanged for this long; default zero (taken at once).</summary>
    public TimeInterval SettleTime { get; set; } = new();

    /// <summary>Regular expression a file name must match to be ingested (case-insensitive); default empty = FITS names (.fits, .fit, .fts, optionally .fz/.gz).</summary>
    public string FileNamePattern { get; set; } = "";

    /// <summary>Failed claim attempts (with backoff) after which a file is reported as unclaimable; default 5.</summary>
    public int ClaimAttempts { get; set; } = 5;

    /// <summary>Whether filesystem notifications wake the stream at once (the periodic rescan runs regardless); default true.</summary>
    public bool UseNotifications { get; set; } = true;

    /// <summary>The repository the files are ingested into; required unless <c>repositories</c> names one.</summary>
    public ButlerOptions? Butler { get; set; }

    /// <summary>More repositories (Gen3 or Gen2) that get every file of the stream too; default none.</summary>
    public List<ButlerOptions> Repositories { get; set; } = [];

    /// <summary>Directory expiry for this stream; optional.</summary>
    public CacheCleanerOptions? CacheCleaner { get; set; }

    /// <summary>A remote FTP or SFTP landing area this stream pulls files from into its landing directory; optional (default: none, the camera writes landing itself).</summary>
    public SourceOptions? Source { get; set; }
}
