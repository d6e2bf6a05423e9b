namespace Oods.EndToEnd.Driver;

/// <summary>The baseline: this program in <c>baseline</c> mode, as a separate process like OODS.</summary>
/// <param name="schemaPath">The daf_butler schema SQL OODS creates registries from.</param>
/// <param name="batchSize">Most files per transaction (as OODS's <c>batch_size</c>).</param>
internal sealed class BaselineSystem(string schemaPath, int batchSize) : SystemUnderTest
{
    /// <inheritdoc/>
    public override string Name => "baseline (SQLite)";

    /// <inheritdoc/>
    public override bool IsBaseline => true;

    /// <inheritdoc/>
    public override ChildProcess Start(RunDirectory run)
    {
        string[] arguments =
        [
            typeof(BaselineSystem).Assembly.Location, "baseline", run.Landing, run.Staging,
            Path.Combine(run.Root, "baseline.sqlite3"), schemaPath, run.Journal, batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ];
        return ChildProcess.Start("dotnet", arguments, run.Root, new Dictionary<string, string>(), line => line == "baseline ready");
    }
}
