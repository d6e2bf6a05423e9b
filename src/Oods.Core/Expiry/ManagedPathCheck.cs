namespace Oods.Core.Expiry;

/// <summary><see cref="ManagedPaths.Owner"/> for the many files of one pass, with the symbolic-link walk done once per directory.</summary>
/// <remarks>
/// Files are many and directories few (one per night or exposure), and asking every directory between a file and
/// its root whether it is a link cost two <c>readlink</c> calls per dataset, 10 s of a million-dataset pass. The
/// answer is kept for the pass only, during which it was never re-checked anyway: a pass plans before it deletes.
/// </remarks>
/// <param name="roots">Absolute, normalised managed directories.</param>
internal sealed class ManagedPathCheck(IReadOnlyList<string> roots)
{
    private readonly Dictionary<(string Directory, string Root), bool> _crossesLink = [];

    /// <summary>The root that holds <paramref name="path"/>, or null when none may have it deleted.</summary>
    /// <param name="path">An absolute, normalised path.</param>
    /// <returns>The root, or null.</returns>
    public string? Owner(string path)
    {
        var directory = Path.GetDirectoryName(path);
        if (directory is null)
        {
            return null;
        }

        foreach (var root in roots)
        {
            if (!ManagedPaths.IsBelow(path, root))
            {
                continue;
            }

            if (!_crossesLink.TryGetValue((directory, root), out var crosses))
            {
                crosses = ManagedPaths.CrossesLink(path, root);
                _crossesLink.Add((directory, root), crosses);
            }

            if (!crosses)
            {
                return root;
            }
        }

        return null;
    }
}
