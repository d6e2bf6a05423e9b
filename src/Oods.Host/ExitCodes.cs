namespace Oods.Host;

/// <summary>The process exit codes (documented in docs/operations.md).</summary>
internal static class ExitCodes
{
    /// <summary>Clean stop; every file of a one-shot command succeeded.</summary>
    public const int Success = 0;

    /// <summary>A one-shot command finished but some files failed (ingest or metadata).</summary>
    public const int FilesFailed = 1;

    /// <summary>The configuration or the command line is wrong; nothing was started.</summary>
    public const int ConfigurationError = 2;

    /// <summary>A background loop faulted or the service could not start; systemd should restart it.</summary>
    public const int ServiceFault = 3;
}
