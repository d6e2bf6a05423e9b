namespace Oods.Butler.Gen3;

/// <summary>One file cannot be ingested because the registry already says something else about it.</summary>
internal sealed class IngestConflictException(string message) : Exception(message);
