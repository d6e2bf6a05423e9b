using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Oods.Sources.Ftp;

/// <summary>Data transfers: passive data connections (EPSV, else PASV), listings and downloads.</summary>
internal sealed partial class FtpClient
{
    /// <summary>Lists a directory with MLSD (exact sizes and UTC times), falling back to LIST (Unix format) when the server has no MLSD.</summary>
    public async Task<IReadOnlyList<RemoteEntry>> ListAsync(string directory, CancellationToken cancellationToken)
    {
        if (_mlsd)
        {
            var (reply, text) = await ReadTextAsync("MLSD " + directory, cancellationToken).ConfigureAwait(false);
            if (reply is null)
            {
                return FtpListing.ParseMlsd(text);
            }

            if (reply.Code is not (500 or 501 or 502 or 504))
            {
                throw new FtpException($"MLSD {directory}: the FTP server answered {reply}") { Code = reply.Code };
            }

            _mlsd = false;
        }

        var (listReply, listText) = await ReadTextAsync("LIST " + directory, cancellationToken).ConfigureAwait(false);
        return listReply is null
            ? FtpListing.ParseList(listText)
            : throw new FtpException($"LIST {directory}: the FTP server answered {listReply}") { Code = listReply.Code };
    }

    /// <summary>Downloads a file (RETR) into <paramref name="destination"/>; returns the number of bytes, and throws unless the server confirmed the whole transfer.</summary>
    public async Task<long> RetrieveAsync(string path, Stream destination, CancellationToken cancellationToken)
    {
        var (data, refused) = await StartTransferAsync("RETR " + path, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            throw new FtpException($"RETR {path}: the FTP server answered {refused}") { Code = refused.Code };
        }

        long total = 0;
        await using (data.ConfigureAwait(false))
        {
            var buffer = new byte[81920];
            while (true)
            {
                int read;
                using (var deadline = Deadline(_timeout, cancellationToken))
                {
                    read = await data.ReadAsync(buffer, deadline.Token).ConfigureAwait(false);
                }

                if (read == 0)
                {
                    break;
                }

                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                total += read;
            }
        }

        await ExpectAsync(await ReadReplyAsync(cancellationToken).ConfigureAwait(false), "RETR " + path, 226, 250).ConfigureAwait(false);
        return total;
    }

    private async Task<(FtpReply? Refused, string Text)> ReadTextAsync(string command, CancellationToken cancellationToken)
    {
        var (data, refused) = await StartTransferAsync(command, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            return (refused, "");
        }

        string text;
        await using (data.ConfigureAwait(false))
        {
            using var reader = new StreamReader(data, Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
            using var deadline = Deadline(_timeout, cancellationToken);
            text = await reader.ReadToEndAsync(deadline.Token).ConfigureAwait(false);
        }

        await ExpectAsync(await ReadReplyAsync(cancellationToken).ConfigureAwait(false), command, 226, 250).ConfigureAwait(false);
        return (null, text);
    }

    /// <summary>Opens a passive data connection and sends the command; returns the data stream, or the refusal.</summary>
    private async Task<(Stream Data, FtpReply? Refused)> StartTransferAsync(string command, CancellationToken cancellationToken)
    {
        var port = await PassivePortAsync(cancellationToken).ConfigureAwait(false);
        var tcp = new TcpClient();
        try
        {
            using (var deadline = Deadline(_timeout, cancellationToken))
            {
                await tcp.ConnectAsync(ServerAddress, port, deadline.Token).ConfigureAwait(false);
            }

            var reply = await CommandAsync(command, cancellationToken).ConfigureAwait(false);
            if (!reply.IsPreliminary)
            {
                tcp.Dispose();
                return (Stream.Null, reply);
            }

            Stream data = tcp.GetStream();
            if (_tls is not null)
            {
                data = await _tls.AuthenticateAsync(data, "data", _timeout, cancellationToken).ConfigureAwait(false);
            }

            return (new OwningStream(data, tcp), null);
        }
        catch
        {
            tcp.Dispose();
            throw;
        }
    }

    private async Task<int> PassivePortAsync(CancellationToken cancellationToken)
    {
        var reply = await CommandAsync("EPSV", cancellationToken).ConfigureAwait(false);
        if (reply.Code == 229)
        {
            var match = EpsvReply().Match(reply.Text);
            return match.Success
                ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
                : throw new FtpException($"EPSV: cannot read the port from '{reply}'");
        }

        // RFC 959 PASV: h1,h2,h3,h4,p1,p2. The address is ignored (the control connection's is used), as NAT-ed servers often send a private one.
        reply = await CommandAsync("PASV", cancellationToken).ConfigureAwait(false);
        var pasv = PasvReply().Match(reply.Text);
        return reply.Code == 227 && pasv.Success
            ? (int.Parse(pasv.Groups[5].Value, CultureInfo.InvariantCulture) * 256) + int.Parse(pasv.Groups[6].Value, CultureInfo.InvariantCulture)
            : throw new FtpException($"PASV: the FTP server answered {reply}") { Code = reply.Code };
    }

    [GeneratedRegex(@"\(\|\|\|(\d+)\|\)")]
    private static partial Regex EpsvReply();

    [GeneratedRegex(@"(\d+),(\d+),(\d+),(\d+),(\d+),(\d+)")]
    private static partial Regex PasvReply();
}
