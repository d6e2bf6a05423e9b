using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Oods.Sources.Ftp;

/// <summary>
/// A small FTP client on RFC 959 (commands), RFC 2428 (EPSV), RFC 3659 (MLSD, SIZE) and RFC 4217 (explicit TLS):
/// passive mode only, binary type only, one transfer at a time.
/// </summary>
internal sealed partial class FtpClient : IAsyncDisposable
{
    private readonly TcpClient _control;
    private readonly TimeSpan _timeout;
    private readonly FtpTls? _tls;
    private Stream _stream;
    private StreamReader _reader;
    private bool _mlsd = true;

    private FtpClient(TcpClient control, FtpTls? tls, TimeSpan timeout)
    {
        _control = control;
        _tls = tls;
        _timeout = timeout;
        _stream = control.GetStream();
        _reader = new StreamReader(_stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
    }

    /// <summary>
    /// Connects, secures the control connection with <c>AUTH TLS</c> when <paramref name="tls"/> is given (then every
    /// data connection too: <c>PBSZ 0</c>, <c>PROT P</c>), logs in and selects binary type. The client owns <paramref name="tls"/>.
    /// </summary>
    public static async Task<FtpClient> ConnectAsync(string host, int port, string user, string password, FtpTls? tls, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var tcp = new TcpClient();
        FtpClient? client = null;
        try
        {
            using (var connect = Deadline(timeout, cancellationToken))
            {
                await tcp.ConnectAsync(host, port, connect.Token).ConfigureAwait(false);
            }

            client = new FtpClient(tcp, tls, timeout);
            await ExpectAsync(await client.ReadReplyAsync(cancellationToken).ConfigureAwait(false), "greeting", 220).ConfigureAwait(false);
            if (tls is not null)
            {
                var auth = await client.CommandAsync("AUTH TLS", cancellationToken).ConfigureAwait(false);
                if (auth.Code != 234)
                {
                    throw new FtpException($"AUTH TLS: {host}:{port} does not offer explicit TLS (it answered {auth}); tls: true needs an FTP server with RFC 4217 AUTH TLS") { Code = auth.Code };
                }

                var ssl = await tls.AuthenticateAsync(client._stream, "control", timeout, cancellationToken).ConfigureAwait(false);
                client._stream = ssl;
                client._reader = new StreamReader(ssl, Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
            }

            var reply = await client.CommandAsync("USER " + user, cancellationToken).ConfigureAwait(false);
            if (reply.Code == 331)
            {
                reply = await client.CommandAsync("PASS " + password, cancellationToken).ConfigureAwait(false);
            }

            await ExpectAsync(reply, "login", 230, 202).ConfigureAwait(false);
            if (tls is not null)
            {
                await ExpectAsync(await client.CommandAsync("PBSZ 0", cancellationToken).ConfigureAwait(false), "PBSZ", 200).ConfigureAwait(false);
                await ExpectAsync(await client.CommandAsync("PROT P", cancellationToken).ConfigureAwait(false), "PROT P", 200).ConfigureAwait(false);
            }

            await ExpectAsync(await client.CommandAsync("TYPE I", cancellationToken).ConfigureAwait(false), "TYPE I", 200).ConfigureAwait(false);
            return client;
        }
        catch
        {
            if (client is not null)
            {
                await client.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                tcp.Dispose();
                tls?.Dispose();
            }

            throw;
        }
    }

    /// <summary>Sends one command and reads its reply (the final one, or the first 1xx).</summary>
    public async Task<FtpReply> CommandAsync(string command, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(command + "\r\n");
        using var deadline = Deadline(_timeout, cancellationToken);
        await _stream.WriteAsync(bytes, deadline.Token).ConfigureAwait(false);
        await _stream.FlushAsync(deadline.Token).ConfigureAwait(false);
        return await ReadReplyAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes a file (DELE).</summary>
    public async Task DeleteAsync(string path, CancellationToken cancellationToken) =>
        await ExpectAsync(await CommandAsync("DELE " + path, cancellationToken).ConfigureAwait(false), "DELE " + path, 250).ConfigureAwait(false);

    /// <summary>Renames a file (RNFR/RNTO).</summary>
    public async Task RenameAsync(string from, string to, CancellationToken cancellationToken)
    {
        await ExpectAsync(await CommandAsync("RNFR " + from, cancellationToken).ConfigureAwait(false), "RNFR " + from, 350).ConfigureAwait(false);
        await ExpectAsync(await CommandAsync("RNTO " + to, cancellationToken).ConfigureAwait(false), "RNTO " + to, 250).ConfigureAwait(false);
    }

    /// <summary>Creates a directory (MKD); an existing one is not an error.</summary>
    public Task MakeDirectoryAsync(string path, CancellationToken cancellationToken) => CommandAsync("MKD " + path, cancellationToken);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_control.Connected)
            {
                using var quit = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _stream.WriteAsync("QUIT\r\n"u8.ToArray(), quit.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The connection is gone already; nothing to say goodbye to.
        }

        _reader.Dispose();
        await _stream.DisposeAsync().ConfigureAwait(false);
        _control.Dispose();
        _tls?.Dispose();
    }

    private static CancellationTokenSource Deadline(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        source.CancelAfter(timeout);
        return source;
    }

    private async Task<FtpReply> ReadReplyAsync(CancellationToken cancellationToken)
    {
        using var deadline = Deadline(_timeout, cancellationToken);
        var first = await _reader.ReadLineAsync(deadline.Token).ConfigureAwait(false)
            ?? throw new FtpException("the FTP server closed the control connection");
        if (first.Length < 3 || !int.TryParse(first.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            throw new FtpException($"not an FTP reply: '{first}'");
        }

        var text = new StringBuilder(first.Length > 4 ? first[4..] : "");
        if (first.Length > 3 && first[3] == '-')
        {
            var end = first[..3] + " ";
            while (true)
            {
                var line = await _reader.ReadLineAsync(deadline.Token).ConfigureAwait(false)
                    ?? throw new FtpException("the FTP server closed the control connection in a multi-line reply");
                if (line.StartsWith(end, StringComparison.Ordinal))
                {
                    text.Append('\n').Append(line.AsSpan(4));
                    break;
                }

                text.Append('\n').Append(line);
            }
        }

        return new FtpReply(code, text.ToString());
    }

    private static Task ExpectAsync(FtpReply reply, string what, params int[] codes) =>
        codes.Contains(reply.Code)
            ? Task.CompletedTask
            : throw new FtpException($"{what}: the FTP server answered {reply}") { Code = reply.Code };

    private IPAddress ServerAddress => ((IPEndPoint)_control.Client.RemoteEndPoint!).Address;
}
