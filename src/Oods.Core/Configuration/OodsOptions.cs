namespace Oods.Core.Configuration;

/// <summary>The whole OODS configuration file (ctrl_oods 10.x format).</summary>
public sealed class OodsOptions
{
    /// <summary>An interval used as a YAML anchor (<c>&amp;interval</c>) by the rest of the file; default zero.</summary>
    public TimeInterval DefaultInterval { get; set; } = new();

    /// <summary>The file-mode ingester: a landing directory watched for raws.</summary>
    public FileIngesterOptions? FileIngester { get; set; }

    /// <summary>More streams, each like <c>file_ingester</c> with a <c>name</c>; default none.</summary>
    public List<StreamOptions> Streams { get; set; } = [];

    /// <summary>A stream fed by S3 bucket notifications on Kafka (ctrl_oods 10.x message mode); optional (default: none).</summary>
    public MessageIngesterOptions? MessageIngester { get; set; }

    /// <summary>Where OODS keeps its outcome journal and in-flight records; default empty = <c>$STATE_DIRECTORY</c> (systemd) or <c>./var/state</c>.</summary>
    public string StateDirectory { get; set; } = "";

    /// <summary>A top-level cache cleaner (ctrl_oods accepts it; OODS runs it beside the streams).</summary>
    public CacheCleanerOptions? CacheCleaner { get; set; }

    /// <summary>The embedded status endpoint (page, JSON, Prometheus metrics, health); default on, 127.0.0.1:8585.</summary>
    public StatusOptions Status { get; set; } = new();

    /// <summary>CSC mode: the SAL component name; default empty = standalone.</summary>
    public CscModeOptions Csc { get; set; } = new();
}
