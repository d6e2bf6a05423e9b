using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Oods.Core.Metadata;
using Oods.Fits;

namespace Oods.Benchmarks.Fits;

/// <summary>
/// Header read + translation of one raw, as the pipeline does it per file (<see cref="RawHeaderReader.Read"/>),
/// for the real ComCam raw stored plain, gzip-compressed (as shipped) and as an fpack-style tile-compressed file.
/// Files are read from the page cache (written once in setup).
/// </summary>
[MemoryDiagnoser]
public class HeaderBenchmarks
{
    private string _directory = "";
    private string _plain = "";
    private string _gzip = "";
    private string _fpack = "";

    /// <summary>Writes the three files.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("oods-bench-fits-").FullName;
        var source = Path.Combine(SharedFolder(), "data", "obs_lsst", "gen3", "comCam", "raw", "2019-05-30", "3019053000001", "3019053000001-R22-S00-det000.fits");
        _gzip = Path.Combine(_directory, "raw.fits.gz");
        File.Copy(source, _gzip);
        _plain = Path.Combine(_directory, "raw.fits");
        using (var input = new GZipStream(File.OpenRead(source), CompressionMode.Decompress))
        using (var output = File.Create(_plain))
        {
            input.CopyTo(output);
        }

        _fpack = Path.Combine(_directory, "raw.fits.fz");
        FpackCopy.Write(_plain, _fpack);
        RawHeaderReader.Read(_fpack);
    }

    /// <summary>Removes the files.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    /// <summary>Plain FITS.</summary>
    /// <returns>The metadata.</returns>
    [Benchmark(Baseline = true)]
    public RawMetadata Plain() => RawHeaderReader.Read(_plain);

    /// <summary>Whole-file gzip.</summary>
    /// <returns>The metadata.</returns>
    [Benchmark]
    public RawMetadata Gzip() => RawHeaderReader.Read(_gzip);

    /// <summary>fpack tile-compressed.</summary>
    /// <returns>The metadata.</returns>
    [Benchmark]
    public RawMetadata Fpack() => RawHeaderReader.Read(_fpack);

    /// <summary>Header read only (no translation), plain.</summary>
    /// <returns>The headers.</returns>
    [Benchmark]
    public IReadOnlyList<FitsHeader> PlainHeadersOnly() => FitsReader.ReadHeaders(_plain, 2);

    private static string SharedFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "shared", "reference")))
            {
                return Path.Combine(dir.FullName, "shared");
            }
        }

        throw new InvalidOperationException("no shared/ folder above the benchmark");
    }
}
