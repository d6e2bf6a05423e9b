using System.Collections.Concurrent;
using System.Diagnostics;
using Oods.Host.Tests.Support;

namespace Oods.Host.Tests.Systemd;

/// <summary>
/// A stand-in for systemd's side of sd_notify, as ../shared/reference/testinfra.md §4 describes: systemd itself
/// cannot run here (it is not PID 1), so a small Python listener started through a link named <c>systemd</c> (the
/// name .NET's systemd integration checks for in its parent) binds the <c>NOTIFY_SOCKET</c> datagram socket, starts
/// <c>oods</c> as its child with <c>WATCHDOG_USEC</c>, prints every notification with its time, and forwards SIGTERM.
/// </summary>
internal sealed class SystemdHarness : IAsyncDisposable
{
    private const string Listener = """
        import os, signal, socket, subprocess, sys, threading, time
        sock_path, watchdog_usec = sys.argv[1], sys.argv[2]
        s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        s.bind(sock_path)
        child = subprocess.Popen(sys.argv[3:], env=dict(os.environ, NOTIFY_SOCKET=sock_path, WATCHDOG_USEC=watchdog_usec))
        signal.signal(signal.SIGTERM, lambda *_: child.send_signal(signal.SIGTERM))
        def listen():
            while True:
                data = s.recv(4096).decode()
                for line in data.splitlines():
                    print("NOTIFY %.3f %s" % (time.monotonic(), line), flush=True)
        threading.Thread(target=listen, daemon=True).start()
        sys.exit(child.wait())
        """;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private SystemdHarness(Process process) => _process = process;

    /// <summary>Everything printed: NOTIFY lines and oods's own output.</summary>
    public IReadOnlyCollection<string> Lines => _lines;

    /// <summary>The notifications received so far, in order.</summary>
    public List<string> Notifications => _lines.Where(l => l.StartsWith("NOTIFY ", StringComparison.Ordinal)).Select(l => l.Split(' ', 3)[2]).ToList();

    /// <summary>Starts <c>oods</c> under the harness.</summary>
    public static SystemdHarness Start(string workingDirectory, TimeSpan watchdog, params string[] args)
    {
        File.WriteAllText(Path.Combine(workingDirectory, "listener.py"), Listener);
        var link = Path.Combine(workingDirectory, "systemd");
        File.CreateSymbolicLink(link, "/usr/bin/python3");
        var info = new ProcessStartInfo(link)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "listener.py", Path.Combine(workingDirectory, "notify.sock"), ((long)watchdog.TotalMicroseconds).ToString(System.Globalization.CultureInfo.InvariantCulture), Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", OodsProcess.DllPath }.Concat(args))
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["OODS_LOG_DIRECTORY"] = Path.Combine(workingDirectory, "log");
        info.Environment.Remove("CTRL_OODS_CONFIG_FILE");
        info.Environment.Remove("JOURNAL_STREAM");
        var process = new Process { StartInfo = info };
        var harness = new SystemdHarness(process);
        process.OutputDataReceived += (_, e) => harness.Add(e.Data);
        process.ErrorDataReceived += (_, e) => harness.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return harness;
    }

    /// <summary>Waits until <paramref name="count"/> lines match.</summary>
    public async Task WaitForAsync(Func<string, bool> predicate, int count, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        while (_lines.Count(predicate) < count)
        {
            if (_process.HasExited)
            {
                Assert.Fail($"the harness exited with {_process.ExitCode}:{Environment.NewLine}{string.Join(Environment.NewLine, _lines)}");
            }

            try
            {
                await timer.WaitForNextTickAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"no {count} matching line(s) within {timeout}:{Environment.NewLine}{string.Join(Environment.NewLine, _lines)}");
            }
        }
    }

    /// <summary>Sends SIGTERM to the harness, which forwards it to oods, as systemd stops a service.</summary>
    public void Terminate() => OodsProcess.Terminate(_process.Id);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    /// <summary>Waits for the harness to exit.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(deadline.Token);
        return _process.ExitCode;
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }
}
