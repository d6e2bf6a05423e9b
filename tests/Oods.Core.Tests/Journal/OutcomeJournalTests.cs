using Oods.Core.Journal;
using Oods.TestUtilities;

namespace Oods.Core.Tests.Journal;

public sealed class OutcomeJournalTests
{
    [Fact]
    public async Task Append_TwoJournalsOnOneDirectoryFromManyThreads_EveryLineWholeAndEveryBatchTogether()
    {
        using var dir = new TempDirectory();
        var time = new DateTimeOffset(2026, 11, 29, 3, 0, 0, TimeSpan.Zero);
        using var first = new OutcomeJournal(dir.Combine("s"));
        using var second = new OutcomeJournal(dir.Combine("s"));
        var description = new string('x', 3000);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(() =>
        {
            for (var batch = 0; batch < 50; batch++)
            {
                (writer % 2 == 0 ? first : second).Append(Enumerable.Range(0, 5).Select(i => new JournalEntry
                {
                    Time = time,
                    Stream = "s",
                    Source = $"{writer}/{batch}/{i}",
                    Description = description,
                }));
            }
        })));

        var malformed = 0;
        var entries = JournalReader.ReadAll(dir.Path, (_, _) => malformed++).ToList();
        Assert.Equal(0, malformed);
        Assert.Equal(8 * 50 * 5, entries.Count);
        for (var i = 0; i < entries.Count; i += 5)
        {
            var batch = entries[i].Source[..entries[i].Source.LastIndexOf('/')];
            Assert.Equal(Enumerable.Range(0, 5).Select(n => $"{batch}/{n}"), entries.Skip(i).Take(5).Select(e => e.Source));
        }
    }

    [Fact]
    public void Dispose_OfOneOfTwo_LeavesTheOtherWriting()
    {
        using var dir = new TempDirectory();
        var time = new DateTimeOffset(2026, 11, 29, 3, 0, 0, TimeSpan.Zero);
        using var kept = new OutcomeJournal(dir.Path);
        var closed = new OutcomeJournal(dir.Path);
        closed.Append([new JournalEntry { Time = time, Source = "a" }]);
        closed.Dispose();

        kept.Append([new JournalEntry { Time = time, Source = "b" }]);

        Assert.Equal(["a", "b"], JournalReader.ReadFile(Path.Combine(dir.Path, "2026-11-29.jsonl")).Select(e => e.Source));
        Assert.Throws<ObjectDisposedException>(() => closed.Append([]));
    }
}
