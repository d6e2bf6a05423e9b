using System.Globalization;

namespace Oods.EndToEnd.Driver;

/// <summary>The real <c>oods run</c> process (Release build) on a generated configuration with one stream.</summary>
internal sealed class OodsSystem : SystemUnderTest
{
    private readonly string _oodsDll;
    private readonly int _batchSize;
    private readonly string? _unavailable;
    private readonly string? _registryUrl;

    /// <summary>OODS with a Gen3 registry in SQLite, or in PostgreSQL when <paramref name="registryUrl"/> is given.</summary>
    /// <param name="name">The name in the table.</param>
    /// <param name="oodsDll">The built <c>oods.dll</c>.</param>
    /// <param name="batchSize">The stream's <c>batch_size</c>.</param>
    /// <param name="registryUrl">A <c>postgresql://</c> URL for the registry, or null for SQLite.</param>
    /// <param name="unavailable">Why this variant cannot run, or null.</param>
    public OodsSystem(string name, string oodsDll, int batchSize, string? registryUrl = null, string? unavailable = null)
    {
        Name = name;
        _oodsDll = oodsDll;
        _batchSize = batchSize;
        _registryUrl = registryUrl;
        _unavailable = unavailable;
    }

    /// <inheritdoc/>
    public override string Name { get; }

    /// <inheritdoc/>
    public override string? Unavailable => _unavailable;

    /// <inheritdoc/>
    public override ChildProcess Start(RunDirectory run)
    {
        if (_registryUrl is not null)
        {
            // Created before the run (not timed), in a schema of its own: OODS only opens it.
            CreatePostgresRepository(run);
        }

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

    private void CreatePostgresRepository(RunDirectory run)
    {
        var info = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var schema = "e2e_" + Path.GetFileName(run.Root).ToLowerInvariant().Replace('-', '_');
        foreach (var argument in (string[])[_oodsDll, "repo", "create", run.Repository, "--instrument", "LSSTCam", "--registry", _registryUrl!, "--namespace", schema])
        {
            info.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"oods repo create --registry failed ({process.ExitCode}): {output}");
        }
    }
}
