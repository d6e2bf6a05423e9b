namespace Oods.TestUtilities;

/// <summary>Paths inside this repository's checkout, found from the test's base directory.</summary>
public static class RepoPaths
{
    /// <summary>The checkout root (the directory holding Oods.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path below the checkout root.</summary>
    /// <param name="parts">Path parts.</param>
    /// <returns>The absolute path.</returns>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Oods.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Oods.sln above {AppContext.BaseDirectory}");
    }
}
