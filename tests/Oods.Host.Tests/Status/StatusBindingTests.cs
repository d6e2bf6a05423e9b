using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Oods.Core.Configuration;
using Oods.Host.Tests.Support;
using Oods.TestUtilities;
using static Oods.Host.Tests.Pipeline.StreamFixture;

namespace Oods.Host.Tests.Status;

/// <summary>Where the endpoint listens: loopback unless configured otherwise; a taken port does not stop ingest.</summary>
public sealed class StatusBindingTests
{
    [Fact]
    public async Task Run_DefaultAddress_ListensOnLoopbackOnly()
    {
        await using var status = await StatusFixture.StartAsync();

        Assert.Equal("127.0.0.1", status.Url.Host);
        var listening = ListeningAddresses(status.Url.Port);
        Assert.Equal([IPAddress.Loopback], listening);
    }

    [Fact]
    public async Task Run_PortTaken_LogsItAndIngestsWithoutThePage()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("oods.yaml"), Config("m", []) + $"status:\n  port: {port}\n");
        await using var oods = OodsProcess.Start(dir.Path, "run", "--config", "oods.yaml");

        var error = await oods.WaitForLinesAsync(l => l.Contains(" 9001 ", StringComparison.Ordinal), 1, Patience);
        Assert.Contains($"port {port}", error[0], StringComparison.Ordinal);
        Drop(dir.Combine("m", "landing"), 1);
        await WaitUntilAsync(() => Journal(dir.Path, "LSSTComCam").Any(e => e.Status == 0), "the file ingested");
        Assert.DoesNotContain(oods.Lines, l => l.Contains(" 9000 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BadStatusSection_ListsEveryProblemWithItsKey()
    {
        var options = new OodsOptions
        {
            FileIngester = new FileIngesterOptions
            {
                ImageStagingDirectory = "l",
                StagingDirectory = "s",
                BadFileDirectory = "b",
                Butler = new ButlerOptions { Instrument = "LSSTComCam", RepoDirectory = "r" },
            },
            Status = new StatusOptions { Address = "localhost.example", Port = 70000, StallSeconds = 0 },
        };

        var problems = OodsOptionsValidator.Check(options);

        Assert.Contains(problems, p => p.StartsWith("status.address: 'localhost.example' is not an IP address", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("status.port: must be 0", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("status.stall_seconds:", StringComparison.Ordinal));
        Assert.Equal(3, problems.Count);
        Assert.Empty(OodsOptionsValidator.Check(new OodsOptions { FileIngester = options.FileIngester }));
    }

    /// <summary>The local addresses of listening TCP sockets on a port, from /proc/net/tcp and tcp6 (no traffic sent).</summary>
    private static List<IPAddress> ListeningAddresses(int port)
    {
        var addresses = new List<IPAddress>();
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var local = fields[1].Split(':');
                if (fields[3] != "0A" || int.Parse(local[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture) != port)
                {
                    continue;
                }

                var bytes = Convert.FromHexString(local[0]);
                for (var i = 0; i < bytes.Length; i += 4)
                {
                    Array.Reverse(bytes, i, 4);
                }

                addresses.Add(new IPAddress(bytes));
            }
        }

        return addresses;
    }
}
