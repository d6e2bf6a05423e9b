using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Oods.TestUtilities;

namespace Oods.Host.Tests.Support;

/// <summary>The real <c>oods</c> executable in a child process, with its output captured line by line.</summary>
internal sealed partial class OodsProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly SemaphoreSlim _lineArrived = new(0);

    private OodsProcess(Process process)
    {
        _process = process;
    }

    /// <summary>Every line written so far to standard output and standard error.</summary>
    public IReadOnlyCollection<string> Lines => _lines;

    /// <summary>The process id.</summary>
    public int Id => _process.Id;

    /// <summary>The path of the built oods.dll of the same configuration as this test assembly.</summary>
    public static string DllPath
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            return RepoPaths.Path("src", "Oods.Host", "bin", configuration, "net10.0", "oods.dll");
        }
    }

    /// <summary>Starts <c>oods</c> with the arguments in <paramref name="workingDirectory"/>.</summary>
    /// <param name="workingDirectory">The working directory (relative paths in configurations resolve here).</param>
    /// <param name="args">The arguments.</param>
    /// <returns>The running process.</returns>
    public static OodsProcess Start(string workingDirectory, params string[] args) => Start(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Starts <c>oods</c> with the arguments and extra environment variables in <paramref name="workingDirectory"/>.</summary>
    /// <param name="workingDirectory">The working directory (relative paths in configurations resolve here).</param>
    /// <param name="environment">Variables to set.</param>
    /// <param name="args">The arguments.</param>
    /// <returns>The running process.</returns>
    public static OodsProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(DllPath);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["OODS_LOG_DIRECTORY"] = Path.Combine(workingDirectory, "log");
        info.Environment.Remove("CTRL_OODS_CONFIG_FILE");
        info.Environment.Remove("STATE_DIRECTORY");
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var oods = new OodsProcess(process);
        process.OutputDataReceived += (_, e) => oods.Add(e.Data);
        process.ErrorDataReceived += (_, e) => oods.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return oods;
    }

    /// <summary>Runs <c>oods</c> to completion.</summary>
    /// <param name="workingDirectory">The working directory.</param>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code and all output lines.</returns>
    public static async Task<(int ExitCode, IReadOnlyCollection<string> Lines)> RunAsync(string workingDirectory, params string[] args)
    {
        await using var oods = Start(workingDirectory, args);
        var code = await oods.WaitForExitAsync(TimeSpan.FromMinutes(2));
        return (code, oods.Lines);
    }

    /// <summary>Waits until the output holds <paramref name="count"/> lines matching <paramref name="predicate"/>.</summary>
    /// <param name="predicate">The line test.</param>
    /// <param name="count">How many matching lines.</param>
    /// <param name="timeout">How long at most.</param>
    /// <returns>The matching lines.</returns>
    /// <exception cref="TimeoutException">Not seen in time (the message holds the output so far).</exception>
    public async Task<IReadOnlyList<string>> WaitForLinesAsync(Func<string, bool> predicate, int count, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            var matching = _lines.Where(predicate).ToList();
            if (matching.Count >= count)
            {
                return matching;
            }

            if (_process.HasExited)
            {
                await _process.WaitForExitAsync();
                throw new InvalidOperationException($"oods exited with {_process.ExitCode} before {count} matching line(s):{Environment.NewLine}{string.Join(Environment.NewLine, _lines)}");
            }

            try
            {
                await _lineArrived.WaitAsync(TimeSpan.FromMilliseconds(500), deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"no {count} matching line(s) within {timeout}:{Environment.NewLine}{string.Join(Environment.NewLine, _lines)}");
            }
        }
    }

    /// <summary>Kills the process with SIGKILL (no chance to clean up) and waits for it to be gone.</summary>
    /// <returns>A task that completes when the process is gone.</returns>
    public async Task KillHardAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Sends SIGTERM, as systemd does to stop a service.</summary>
    public void Terminate() => Terminate(_process.Id);

    /// <summary>Sends SIGTERM to a process.</summary>
    /// <param name="processId">The process.</param>
    public static void Terminate(int processId)
    {
        if (SendSignal(processId, 15) != 0)
        {
            throw new InvalidOperationException($"kill(SIGTERM) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    /// <summary>Waits for the process to exit.</summary>
    /// <param name="timeout">How long at most.</param>
    /// <returns>The exit code.</returns>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(deadline.Token);
        return _process.ExitCode;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _lineArrived.Dispose();
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lines.Enqueue(line);
        _lineArrived.Release();
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int pid, int signal);
}
