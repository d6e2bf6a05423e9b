namespace Oods.Sources;

/// <summary>Opens sessions to one remote landing area.</summary>
internal interface IRemoteConnector
{
    /// <summary>Connects and logs in.</summary>
    Task<IRemoteSession> ConnectAsync(CancellationToken cancellationToken);
}
