namespace Oods.Core.Expiry;

/// <summary>One scheduled expiry task: a repository's collection cleaner or a cache cleaner.</summary>
/// <param name="Name">The job's name in logs (<c>stream:collections:repo</c>, <c>stream:cache</c>, <c>cache</c>).</param>
/// <param name="Schedule">When its passes run.</param>
/// <param name="DryRun">Whether its passes only log what they would remove.</param>
public abstract record ExpiryJob(string Name, ExpirySchedule Schedule, bool DryRun);
