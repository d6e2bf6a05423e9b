using System.Globalization;
using System.Text;

namespace Oods.Core.Journal;

/// <summary>
/// The one writer of a stream's journal directory in this process, shared by every <see cref="OutcomeJournal"/> opened
/// on it (the stream worker and the stream's remote source both append): one lock, so lines never interleave.
/// </summary>
/// <remarks>
/// Two writers of their own on one file would not do: a <see cref="FileStream"/> opened for append keeps its own
/// position, so one would overwrite the other's lines.
/// </remarks>
internal sealed class JournalFile : IDisposable
{
    private static readonly Lock RegistryGate = new();
    private static readonly Dictionary<string, JournalFile> Open = new(StringComparer.Ordinal);

    private readonly string _directory;
    private readonly Lock _gate = new();
    private StreamWriter? _writer;
    private string _currentDay = "";
    private int _users;

    private JournalFile(string directory) => _directory = directory;

    /// <summary>The shared writer of a directory; each call must be matched by one <see cref="Release"/>.</summary>
    /// <param name="directory">The journal directory.</param>
    /// <returns>The writer.</returns>
    public static JournalFile Acquire(string directory)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        lock (RegistryGate)
        {
            if (!Open.TryGetValue(full, out var file))
            {
                file = Open[full] = new JournalFile(full);
            }

            file._users++;
            return file;
        }
    }

    /// <summary>Gives the writer back; the last user closes the file.</summary>
    public void Release()
    {
        lock (RegistryGate)
        {
            if (--_users > 0)
            {
                return;
            }

            Open.Remove(_directory);
        }

        Dispose();
    }

    /// <summary>Closes the file (a later append opens it again); <see cref="Release"/> calls it for the last user.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _writer?.Dispose();
            _writer = null;
        }
    }

    /// <summary>Appends lines, each under the UTC day of its time, and flushes them to the operating system.</summary>
    /// <param name="lines">Each line's time and text.</param>
    public void Append(IReadOnlyList<(DateTimeOffset Time, string Line)> lines)
    {
        lock (_gate)
        {
            foreach (var (time, line) in lines)
            {
                WriterFor(time).WriteLine(line);
            }

            _writer?.Flush();
        }
    }

    private StreamWriter WriterFor(DateTimeOffset time)
    {
        var day = time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (_writer is null || day != _currentDay)
        {
            _writer?.Dispose();
            Directory.CreateDirectory(_directory);
            var stream = new FileStream(Path.Combine(_directory, day + ".jsonl"), FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            _writer = new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = false };
            _currentDay = day;
        }

        return _writer;
    }
}
