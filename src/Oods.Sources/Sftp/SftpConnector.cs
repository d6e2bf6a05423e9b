using Renci.SshNet;
using Renci.SshNet.Common;

namespace Oods.Sources.Sftp;

/// <summary>Opens SFTP sessions; the server's host key must be known (known_hosts or a configured fingerprint) unless checking is switched off.</summary>
internal sealed class SftpConnector(SourceSettings settings) : IRemoteConnector
{
    /// <inheritdoc/>
    public async Task<IRemoteSession> ConnectAsync(CancellationToken cancellationToken)
    {
        var credentials = SourceCredentials.Read(settings);
        var methods = new List<AuthenticationMethod>();
        PrivateKeyFile? key = null;
        if (settings.PrivateKeyFile.Length > 0)
        {
            SourceCredentials.RequirePrivate(settings.PrivateKeyFile, "private_key_file");
            key = new PrivateKeyFile(settings.PrivateKeyFile);
            methods.Add(new PrivateKeyAuthenticationMethod(credentials.Username, key));
        }

        if (credentials.Password.Length > 0)
        {
            methods.Add(new PasswordAuthenticationMethod(credentials.Username, credentials.Password));
        }

        if (methods.Count == 0)
        {
            throw new InvalidOperationException("source: SFTP needs private_key_file or a password (password_env or credentials_file)");
        }

        var info = new ConnectionInfo(settings.Host, settings.Port, credentials.Username, [.. methods]) { Timeout = settings.Timeout };
        var client = new SftpClient(info) { OperationTimeout = settings.Timeout };
        var check = new HostKeyCheck(settings);
        string? refused = null;
        client.HostKeyReceived += (_, e) =>
        {
            e.CanTrust = check.Trusts(e, out refused);
        };
        try
        {
            await client.ConnectAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SshConnectionException e) when (refused is not null)
        {
            client.Dispose();
            throw new InvalidOperationException(refused, e);
        }
        catch
        {
            client.Dispose();
            throw;
        }
        finally
        {
            key?.Dispose();
        }

        return new SftpSession(client);
    }
}
