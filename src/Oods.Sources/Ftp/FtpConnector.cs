namespace Oods.Sources.Ftp;

/// <summary>Opens FTP sessions with the source's settings; credentials are read at each connect.</summary>
internal sealed class FtpConnector(SourceSettings settings) : IRemoteConnector
{
    /// <inheritdoc/>
    public async Task<IRemoteSession> ConnectAsync(CancellationToken cancellationToken)
    {
        var credentials = SourceCredentials.Read(settings);
        var user = credentials.Username.Length == 0 ? "anonymous" : credentials.Username;
        var client = await FtpClient.ConnectAsync(settings.Host, settings.Port, user, credentials.Password, settings.Tls, settings.Timeout, cancellationToken).ConfigureAwait(false);
        return new FtpSession(client);
    }
}
