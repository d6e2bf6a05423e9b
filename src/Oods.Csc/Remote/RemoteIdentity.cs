using System.Net;
using System.Net.NetworkInformation;

namespace Oods.Csc.Remote;

/// <summary>The <c>private_identity</c> of a user's remote: <c>user@fqdn</c>, as salobj writes it.</summary>
internal static class RemoteIdentity
{
    /// <summary>The identity of this process's user on this host.</summary>
    /// <returns>E.g. <c>saluser@oods01.cp.lsst.org</c>.</returns>
    public static string Current()
    {
        var host = Dns.GetHostName();
        var domain = IPGlobalProperties.GetIPGlobalProperties().DomainName;
        if (!host.Contains('.', StringComparison.Ordinal) && !string.IsNullOrEmpty(domain))
        {
            host += "." + domain;
        }

        return $"{Environment.UserName}@{host}";
    }
}
