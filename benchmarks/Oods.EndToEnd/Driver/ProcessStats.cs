using System.Globalization;

namespace Oods.EndToEnd.Driver;

/// <summary>CPU time and peak resident memory of a process, from Linux <c>/proc</c>.</summary>
internal static class ProcessStats
{
    /// <summary>Clock ticks per second of <c>/proc/&lt;pid&gt;/stat</c> (USER_HZ, 100 on Linux).</summary>
    private const double TicksPerSecond = 100.0;

    /// <summary>User plus system CPU seconds the process has used (utime + stime).</summary>
    /// <param name="pid">The process id.</param>
    /// <returns>Seconds, or NaN when the process is gone.</returns>
    public static double CpuSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");

            // The command name (field 2) may hold spaces; fields are counted after its closing parenthesis.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }

    /// <summary>Peak resident set size (VmHWM) in megabytes.</summary>
    /// <param name="pid">The process id.</param>
    /// <returns>MB (10^6 bytes), or NaN when the process is gone.</returns>
    public static double PeakRssMegabytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return long.Parse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture) * 1024 / 1e6;
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }
}
