using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Oods.Core.Configuration;

/// <summary>The FTP source's TLS keys.</summary>
public sealed partial class OodsOptionsValidator
{
    private static void CheckFtpTls(List<string> problems, string p, SourceOptions source, bool sftp)
    {
        if (source.TlsCaFile.Length == 0)
        {
            return;
        }

        if (sftp || !source.Tls)
        {
            problems.Add($"{p}.tls_ca_file: needs kind: ftp with tls: true (it names the CA certificates the FTP server's TLS certificate must chain to)");
        }

        var path = Path.GetFullPath(source.TlsCaFile);
        if (!File.Exists(path))
        {
            problems.Add($"{p}.tls_ca_file: '{path}' does not exist");
            return;
        }

        var certificates = new X509Certificate2Collection();
        try
        {
            certificates.ImportFromPemFile(path);
            if (certificates.Count == 0)
            {
                problems.Add($"{p}.tls_ca_file: '{path}' holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            problems.Add($"{p}.tls_ca_file: cannot read certificates from '{path}': {e.Message}");
        }
        finally
        {
            foreach (var certificate in certificates)
            {
                certificate.Dispose();
            }
        }
    }
}
