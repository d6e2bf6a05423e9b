using System.Globalization;

namespace Oods.EndToEnd.Driver;

/// <summary>The real <c>oods run</c> process (Release build) on a generated configuration with one stream.</summary>
internal sealed class OodsSystem : SystemUnderTest
{
    private readonly string _oodsDll;
    private readonly int _batchSize;
    private readonly string? _unavailable;

    /// <summary>OODS with a Gen3 SQLite registry, or PostgreSQL when <paramref name="unavailable"/> says why not.</summary>
    /// <param name="name">The name in the table.</param>
    /// <param name="oodsDll">The built <c>oods.dll</c>.</param>
    /// <param name="batchSize">The stream's <c>batch_size</c>.</param>
    /// <param name="unavailable">Why this variant cannot run, or null.</param>
    public OodsSystem(string name, string oodsDll, int batchSize, string? unavailable = null)
    {
        Name = name;
        _oodsDll = oodsDll;
        _batchSize = batchSize;
        _unavailable = unavailable;
    }

    /// <inheritdoc/>
    public override string Name { get; }

    /// <inheritdoc/>
    public override string? Unavailable => _unavailable;

    /// <inheritdoc/>
    public override ChildProcess Start(RunDirectory run)
    {
        var config = Path.Combine(run.Root, "oods.yaml");
        File.WriteAllText(config, string.Create(CultureInfo.InvariantCulture, $"""
            state_directory: {run.State}
            file_ingester:
              image_staging_directory: {run.Landing}
              staging_directory: {run.Staging}
              bad_file_directory: {run.Bad}
              batch_size: {_batchSize}
              new_file_scan_interval: {"{"}days: 0, hours: 0, minutes: 0, seconds: 1{"}"}
              butler:
                instrument: lsst.obs.lsst.LsstCam
                repo_directory: {run.Repository}
                collections: [LSSTCam/raw/all]
                transfer: direct

            """));
        var environment = new Dictionary<string, string>
        {
            ["OODS_LOG_DIRECTORY"] = Path.Combine(run.Root, "log"),
            ["CTRL_OODS_CONFIG_FILE"] = "",
            ["STATE_DIRECTORY"] = "",
        };

        // Event 3000: the stream has opened its repositories and is watching landing.
        return ChildProcess.Start("dotnet", [_oodsDll, "run", "--config", config], run.Root, environment, line => line.Contains(" 3000 ", StringComparison.Ordinal));
    }
}
