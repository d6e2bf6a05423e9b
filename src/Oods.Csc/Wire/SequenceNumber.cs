namespace Oods.Csc.Wire;

/// <summary>A per-topic <c>private_seqNum</c> counter: 1, 2, … 2^31−1, then 1 again (salobj's writer behaviour).</summary>
internal sealed class SequenceNumber
{
    private int _last;

    /// <summary>The next sequence number.</summary>
    public int Next()
    {
        _last = _last == int.MaxValue ? 1 : _last + 1;
        return _last;
    }
}
