using System.Collections.Concurrent;
using System.Diagnostics;

namespace Oods.EndToEnd.Driver;

/// <summary>A process under test, its output kept (the last lines) for diagnosis and for the ready signal.</summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _tail = new();
    private readonly Func<string, bool> _isReady;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildProcess(Process process, Func<string, bool> isReady)
    {
        _process = process;
        _isReady = isReady;
    }

    /// <summary>The process id.</summary>
    public int Id => _process.Id;

    /// <summary>When the process was started (UTC).</summary>
    public DateTimeOffset Started { get; private set; }

    /// <summary>Starts a process.</summary>
    /// <param name="file">The executable.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="workingDirectory">Where it runs.</param>
    /// <param name="environment">Extra environment variables (an empty value removes one).</param>
    /// <param name="isReady">Which output line says it is ready to take files.</param>
    /// <returns>The running process.</returns>
    public static ChildProcess Start(string file, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment, Func<string, bool> isReady)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            // An empty value removes the variable (so the caller's CTRL_OODS_CONFIG_FILE cannot leak in).
            if (value.Length == 0)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        var child = new ChildProcess(new Process { StartInfo = info }, isReady);
        child._process.OutputDataReceived += (_, e) => child.Add(e.Data);
        child._process.ErrorDataReceived += (_, e) => child.Add(e.Data);
        child.Started = DateTimeOffset.UtcNow;
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits for the ready line.</summary>
    /// <param name="timeout">How long at most.</param>
    /// <returns>A task that completes when ready.</returns>
    /// <exception cref="InvalidOperationException">The process exited or stayed silent.</exception>
    public async Task WaitReadyAsync(TimeSpan timeout)
    {
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_ready.Task, exited, Task.Delay(timeout));
        if (first != _ready.Task)
        {
            throw new InvalidOperationException($"{_process.StartInfo.FileName} not ready after {timeout.TotalSeconds} s:{Environment.NewLine}{Output()}");
        }
    }

    /// <summary>The last lines of output.</summary>
    /// <returns>Them, one per line.</returns>
    public string Output() => string.Join(Environment.NewLine, _tail);

    /// <summary>Whether the process has exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        _tail.Enqueue(line);
        while (_tail.Count > 40 && _tail.TryDequeue(out _))
        {
        }

        if (_isReady(line))
        {
            _ready.TrySetResult();
        }
    }
}
