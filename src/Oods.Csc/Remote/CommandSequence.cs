namespace Oods.Csc.Remote;

/// <summary>
/// Command <c>private_seqNum</c>s as a salobj remote chooses them: the range 1..2^31−1 is split evenly between the
/// commands (in sorted order), each command counts up from a random start inside its share and wraps within it.
/// </summary>
/// <remarks>Separate ranges per command and a random start keep two remotes of one user from answering to each other's acks.</remarks>
internal sealed class CommandSequence
{
    private readonly Dictionary<string, (int Low, int High)> _ranges = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _next = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Creates the counters.</summary>
    /// <param name="sortedCommandNames">The SAL names of every command, sorted ordinally.</param>
    /// <param name="random">Chooses the start in each range.</param>
    public CommandSequence(IReadOnlyList<string> sortedCommandNames, Random random)
    {
        var share = int.MaxValue / Math.Max(1, sortedCommandNames.Count);
        for (var i = 0; i < sortedCommandNames.Count; i++)
        {
            var low = (i * share) + 1;
            var high = (i + 1) * share;
            _ranges[sortedCommandNames[i]] = (low, high);
            _next[sortedCommandNames[i]] = random.Next(low, high);
        }
    }

    /// <summary>The next seqNum of a command.</summary>
    /// <param name="salName">E.g. <c>command_start</c>.</param>
    /// <returns>A seqNum inside the command's range (always &gt; 0).</returns>
    public int Next(string salName)
    {
        lock (_gate)
        {
            var (low, high) = _ranges[salName];
            var value = _next[salName];
            _next[salName] = value >= high ? low : value + 1;
            return value;
        }
    }

    /// <summary>The range of a command, both ends included.</summary>
    public (int Low, int High) Range(string salName) => _ranges[salName];
}
