using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Oods.Core.Configuration;
using Oods.Host.Hosting;
using Oods.Status;

namespace Oods.Host.Cli;

/// <summary><c>oods status [--url URL]</c>: the status page of a running OODS as a table in the terminal.</summary>
internal static class StatusVerb
{
    /// <summary>Creates the verb.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var url = new Option<string?>("--url")
        {
            Description = "The status endpoint (default: http://<status.address>:<status.port> of the configuration)",
            HelpName = "URL",
        };
        var config = OodsCommandLine.ConfigOption();
        var json = new Option<bool>("--json") { Description = "Print the /status JSON as it is" };
        var command = new Command("status", "Show each stream of a running OODS: state, backlog, counts, last file ingested, last failures; exit 0 when ready, 1 when not, 3 when unreachable") { url, config, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            Uri endpoint;
            try
            {
                endpoint = new Uri(result.GetValue(url) ?? DefaultUrl(ConfigurationSource.Load(result.GetValue(config)).Options.Status));
            }
            catch (Exception e) when (e is ConfigurationException or UriFormatException)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return ExitCodes.ConfigurationError;
            }

            string body;
            try
            {
                using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
                body = await http.GetStringAsync(new Uri(endpoint, "status"), cancellationToken);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                await Console.Error.WriteLineAsync($"OODS status endpoint {endpoint} is not reachable: {e.Message}");
                return ExitCodes.ServiceFault;
            }

            var report = JsonSerializer.Deserialize<StatusReport>(body, StatusJson.Options)!;
            Console.Write(result.GetValue(json) ? body + Environment.NewLine : StatusTable.Write(report));
            return report.Ready ? ExitCodes.Success : ExitCodes.FilesFailed;
        });
        return command;
    }

    private static string DefaultUrl(StatusOptions status)
    {
        var address = IPAddress.Parse(status.Address);
        if (address.Equals(IPAddress.Any))
        {
            address = IPAddress.Loopback;
        }
        else if (address.Equals(IPAddress.IPv6Any))
        {
            address = IPAddress.IPv6Loopback;
        }

        var host = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
        return string.Create(CultureInfo.InvariantCulture, $"http://{host}:{status.Port}/");
    }
}
