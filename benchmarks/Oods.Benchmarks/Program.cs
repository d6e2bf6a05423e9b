using BenchmarkDotNet.Running;

namespace Oods.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">BenchmarkDotNet arguments, e.g. <c>--filter '*'</c>; <c>expiry [N] [--files]</c> for the expiry load; <c>csc [N]</c> for command → ack latency.</param>
    /// <returns>A task that completes when done.</returns>
    public static async Task Main(string[] args)
    {
        if (args is ["expiry", .. var rest])
        {
            await Expiry.ExpiryLoad.RunAsync(rest);
            return;
        }

        if (args is ["csc", .. var cscArgs])
        {
            await Csc.CommandLatency.RunAsync(cscArgs);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
