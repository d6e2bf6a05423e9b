namespace Oods.Core.Observability;

/// <summary>What a stream is doing, as the status page and <c>oods status</c> show it.</summary>
public enum StreamState
{
    /// <summary>Configured, not yet started.</summary>
    Starting = 0,

    /// <summary>Ingest is disabled (CSC not ENABLED); the stream waits.</summary>
    Disabled = 1,

    /// <summary>Finishing a batch a previous run left in flight.</summary>
    Recovering = 2,

    /// <summary>Watching its landing directories and ingesting.</summary>
    Ingesting = 3,

    /// <summary>Stopped after an error it cannot get past; waits to be enabled again.</summary>
    Faulted = 4,

    /// <summary>Stopped with the service.</summary>
    Stopped = 5,
}
