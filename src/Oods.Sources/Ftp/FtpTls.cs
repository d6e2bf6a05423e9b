using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Oods.Sources.Ftp;

/// <summary>
/// Explicit TLS for one FTP session: every handshake (control and data connections) checks the server's
/// certificate chain and its host name, against the system's trust store or, with <c>tls_ca_file</c>, against the
/// certificates of that file only. A refused certificate or a silent server ends in an <see cref="FtpException"/>
/// saying why, never in a hang.
/// </summary>
/// <remarks>
/// Validation is never switched off: the callback only records why the platform refused the certificate, and
/// accepts exactly what the platform accepts.
/// </remarks>
internal sealed class FtpTls : IDisposable
{
    private static readonly Oid ServerAuthentication = new("1.3.6.1.5.5.7.3.1");

    private readonly string _host;
    private readonly string _caFile;
    private readonly X509Certificate2Collection? _trusted;

    private FtpTls(string host, string caFile, X509Certificate2Collection? trusted)
    {
        _host = host;
        _caFile = caFile;
        _trusted = trusted;
    }

    /// <summary>TLS for <paramref name="host"/>, trusting the certificates of <paramref name="caFile"/> (PEM), or the system's trust store when it is "".</summary>
    /// <exception cref="FtpException">The file cannot be read or holds no certificate.</exception>
    public static FtpTls Create(string host, string caFile)
    {
        if (caFile.Length == 0)
        {
            return new FtpTls(host, "", null);
        }

        var trusted = new X509Certificate2Collection();
        try
        {
            trusted.ImportFromPemFile(caFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new FtpException($"tls_ca_file {caFile}: cannot read certificates from it: {e.Message}", e);
        }

        return trusted.Count > 0
            ? new FtpTls(host, caFile, trusted)
            : throw new FtpException($"tls_ca_file {caFile}: holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
    }

    /// <summary>Performs the client handshake on <paramref name="inner"/> within <paramref name="timeout"/>; the returned stream owns it.</summary>
    /// <param name="inner">The connected stream.</param>
    /// <param name="channel">"control" or "data", for the message.</param>
    /// <param name="timeout">Time allowed for the handshake.</param>
    /// <param name="cancellationToken">Cancels the handshake.</param>
    public async Task<SslStream> AuthenticateAsync(Stream inner, string channel, TimeSpan timeout, CancellationToken cancellationToken)
    {
        string? refusal = null;
        var options = new SslClientAuthenticationOptions
        {
            TargetHost = _host,
            CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
            CertificateChainPolicy = _trusted is null ? null : Policy(_trusted),
            RemoteCertificateValidationCallback = (_, certificate, chain, errors) =>
            {
                if (errors != SslPolicyErrors.None)
                {
                    refusal = Describe(certificate, chain, errors);
                }

                return errors == SslPolicyErrors.None;
            },
        };
        var ssl = new SslStream(inner, leaveInnerStreamOpen: false);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await ssl.AuthenticateAsClientAsync(options, deadline.Token).ConfigureAwait(false);
            return ssl;
        }
        catch (AuthenticationException e)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw new FtpException(refusal ?? $"TLS handshake with {_host} on the {channel} connection failed: {e.Message}", e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw new FtpException($"TLS handshake with {_host} on the {channel} connection: no answer within {timeout.TotalSeconds:0.#} s (timeout)", e);
        }
        catch
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_trusted is not null)
        {
            foreach (var certificate in _trusted)
            {
                certificate.Dispose();
            }
        }
    }

    private static X509ChainPolicy Policy(X509Certificate2Collection trusted)
    {
        var policy = new X509ChainPolicy
        {
            TrustMode = X509ChainTrustMode.CustomRootTrust,
            RevocationMode = X509RevocationMode.NoCheck,
        };
        policy.CustomTrustStore.AddRange(trusted);
        policy.ApplicationPolicy.Add(ServerAuthentication);
        return policy;
    }

    private string Describe(X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return $"TLS: {_host} sent no certificate";
        }

        var reasons = new List<string>();
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            reasons.Add($"it is not issued for '{_host}' (the host name is checked against its subject alternative names)");
        }

        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateChainErrors))
        {
            var statuses = chain?.ChainStatus.Select(s => $"{s.Status} ({s.StatusInformation.Trim()})").Distinct().ToList() ?? [];
            var trust = _trusted is null
                ? "it does not chain to a CA of the system's trust store; name the CA's certificate (PEM) in tls_ca_file"
                : $"it does not chain to a certificate in tls_ca_file {_caFile}";
            reasons.Add(statuses.Count == 0 ? trust : $"{trust}: {string.Join("; ", statuses)}");
        }

        return $"TLS: the certificate of {_host} ({certificate.Subject}, SHA-256 {certificate.GetCertHashString(HashAlgorithmName.SHA256)}) is not trusted: {string.Join("; and ", reasons)}";
    }
}
