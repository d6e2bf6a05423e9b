namespace Oods.Sources.Ftp;

/// <summary>Opens FTP sessions with the source's settings; credentials are read at each connect.</summary>
internal sealed class FtpConnector(SourceSettings settings) : IRemoteConnector
{
    /// <inheritdoc/>
    public async Task<IRemoteSession> ConnectAsync(CancellationToken cancellationToken)
    {
        var credentials = SourceCredentials.Read(settings);
        var user = credentials.Username.Length == 0 ? "anonymous" : credentials.Username;
        // The CA file is read at each connect, like the credentials, so it can be replaced without a restart.
        var tls = settings.Tls ? FtpTls.Create(settings.Host, settings.TlsCaFile) : null;
        var client = await FtpClient.ConnectAsync(settings.Host, settings.Port, user, credentials.Password, tls, settings.Timeout, cancellationToken).ConfigureAwait(false);
        return new FtpSession(client);
    }
}
