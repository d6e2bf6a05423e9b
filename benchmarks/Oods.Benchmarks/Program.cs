using BenchmarkDotNet.Running;

namespace Oods.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">BenchmarkDotNet arguments, e.g. <c>--filter '*'</c>.</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
