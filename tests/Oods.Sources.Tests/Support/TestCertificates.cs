using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Oods.TestUtilities;

namespace Oods.Sources.Tests.Support;

/// <summary>
/// A throw-away CA and a server certificate it signed, made at test time with <see cref="CertificateRequest"/> and
/// written as PEM files: <see cref="CaFile"/> (what <c>tls_ca_file</c> names), <see cref="CertFile"/> and
/// <see cref="KeyFile"/> (what the FTP server presents).
/// </summary>
internal sealed class TestCertificates : IDisposable
{
    private readonly TempDirectory _directory = new();

    /// <summary>Makes the CA and a server certificate for <paramref name="dnsName"/> and, when given, <paramref name="address"/>.</summary>
    public TestCertificates(string dnsName = "localhost", IPAddress? address = null)
    {
        var now = DateTimeOffset.UtcNow;
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=OODS test CA", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        using var ca = caRequest.CreateSelfSigned(now.AddHours(-1), now.AddDays(2));

        using var serverKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=" + dnsName, serverKey, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(dnsName);
        if (address is not null)
        {
            names.AddIpAddress(address);
        }

        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
        using var server = request.Create(ca, now.AddHours(-1), now.AddDays(1), RandomNumberGenerator.GetBytes(16));

        File.WriteAllText(CaFile, ca.ExportCertificatePem());
        File.WriteAllText(CertFile, server.ExportCertificatePem());
        File.WriteAllText(KeyFile, serverKey.ExportPkcs8PrivateKeyPem());
    }

    /// <summary>The CA's certificate (PEM).</summary>
    public string CaFile => _directory.Combine("ca.pem");

    /// <summary>The server's certificate (PEM).</summary>
    public string CertFile => _directory.Combine("server.pem");

    /// <summary>The server's private key (PKCS#8 PEM).</summary>
    public string KeyFile => _directory.Combine("server.key");

    /// <inheritdoc/>
    public void Dispose() => _directory.Dispose();
}
