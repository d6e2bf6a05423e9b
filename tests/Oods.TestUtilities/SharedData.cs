namespace Oods.TestUtilities;

/// <summary>The read-only shared reference folder (<c>shared/</c> beside the checkout), found by walking up.</summary>
public static class SharedData
{
    /// <summary>The shared folder.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path below the shared folder.</summary>
    /// <param name="parts">Path parts, e.g. <c>"data", "ctrl_oods", "bad.fits.fz"</c>.</param>
    /// <returns>The absolute path.</returns>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "reference")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"no shared/reference folder above {AppContext.BaseDirectory}");
    }
}
