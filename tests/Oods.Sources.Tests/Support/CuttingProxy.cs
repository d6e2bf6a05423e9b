using System.Net;
using System.Net.Sockets;

namespace Oods.Sources.Tests.Support;

/// <summary>A TCP proxy on 127.0.0.1 that closes its first connections once the server has sent a given number of bytes (a network drop).</summary>
internal sealed class CuttingProxy : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly int _target;
    private readonly long _cutAfter;
    private readonly int _cuts;
    private int _connections;

    /// <summary>Starts the proxy.</summary>
    /// <param name="target">The server's port.</param>
    /// <param name="cutAfter">Bytes from the server after which a connection is cut.</param>
    /// <param name="cuts">How many connections, the first ones, are cut.</param>
    public CuttingProxy(int target, long cutAfter, int cuts = 1)
    {
        _target = target;
        _cutAfter = cutAfter;
        _cuts = cuts;
        _listener.Start();
        _ = AcceptAsync();
    }

    /// <summary>The proxy's port.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Whether a connection was cut.</summary>
    public bool Cut { get; private set; }

    /// <inheritdoc/>
    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                var cut = Interlocked.Increment(ref _connections) <= _cuts;
                _ = RelayAsync(client, cut ? _cutAfter : long.MaxValue);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Stopped.
        }
    }

    private async Task RelayAsync(TcpClient client, long cutAfter)
    {
        using var server = new TcpClient();
        using (client)
        {
            try
            {
                await server.ConnectAsync(IPAddress.Loopback, _target, _stop.Token);
                using var both = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                var up = PumpAsync(client.GetStream(), server.GetStream(), long.MaxValue, both.Token);
                var down = PumpAsync(server.GetStream(), client.GetStream(), cutAfter, both.Token);
                await Task.WhenAny(up, down);
                Cut |= down.IsCompletedSuccessfully && down.Result;
                await both.CancelAsync();
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
            {
                // Either side went away.
            }
        }
    }

    private static async Task<bool> PumpAsync(NetworkStream from, NetworkStream to, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[16384];
        long total = 0;
        try
        {
            while (true)
            {
                var read = await from.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, Math.Max(1, limit - total))), cancellationToken);
                if (read == 0)
                {
                    return false;
                }

                await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                total += read;
                if (total >= limit)
                {
                    return true;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
            return false;
        }
    }
}
