using System.Diagnostics.Metrics;
using Oods.Core.Outcomes;

namespace Oods.Core.Observability;

/// <summary>
/// The metrics of OODS as <see cref="System.Diagnostics.Metrics"/> instruments of the meter <see cref="MeterName"/>;
/// the status endpoint exports them as <c>/metrics</c> (Prometheus text). Any part of OODS may record here.
/// </summary>
/// <remarks>
/// Static, as meters are meant to be: recording costs nothing while no exporter listens (one-shot commands, tests),
/// and the expiry and CSC code need no reference to the status endpoint to feed it.
/// </remarks>
public static class OodsMetrics
{
    /// <summary>The meter's name (<c>Oods</c>).</summary>
    public const string MeterName = "Oods";

    /// <summary>Upper bounds (seconds) of the landing-to-outcome latency histogram.</summary>
    public static readonly IReadOnlyList<double> LatencyBuckets = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 1800];

    private static readonly Meter Meter = new(MeterName, "1.0");
    private static readonly Counter<long> Seen = Meter.CreateCounter<long>("oods.files.seen", "{file}", "Files found in landing directories");
    private static readonly Counter<long> Ingested = Meter.CreateCounter<long>("oods.files.ingested", "{file}", "Files ingested into every repository of their stream");
    private static readonly Counter<long> Failed = Meter.CreateCounter<long>("oods.files.failed", "{file}", "Files that failed, by imageInOODS status code");
    private static readonly Counter<long> ExpiredFiles = Meter.CreateCounter<long>("oods.expired.files", "{file}", "Files or datasets removed by expiry");
    private static readonly Counter<long> ExpiredBytes = Meter.CreateCounter<long>("oods.expired.bytes", "By", "Bytes removed by expiry");
    private static readonly Counter<long> SourceFetches = Meter.CreateCounter<long>("oods.source.fetched", "{file}", "Files or objects a remote source (ftp, sftp, s3) fetched or read");
    private static readonly Counter<long> SourceFailures = Meter.CreateCounter<long>("oods.source.failed", "{file}", "Fetches or reads of a remote source (ftp, sftp, s3) that failed");
    private static readonly Counter<long> SourcePollFailures = Meter.CreateCounter<long>("oods.source.poll_failures", "{poll}", "Polls of a remote source (ftp, sftp; s3: Kafka consumer errors) that failed as a whole");
    private static readonly Counter<long> MalformedMessages = Meter.CreateCounter<long>("oods.source.malformed_messages", "{message}", "Bucket notifications skipped as malformed");
    private static readonly Histogram<double> Latency = Meter.CreateHistogram(
        "oods.ingest.latency",
        "s",
        "Time from landing (first seen) to outcome",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });

    private static int _cscState = -1;
    private static string _cscStateName = "";
    private static int _kafkaConnected = -1;

    static OodsMetrics()
    {
        Meter.CreateObservableGauge("oods.csc.summary_state", ObserveCscState, null, "CSC summary state (SAL value; label: its name); absent in standalone mode");
        Meter.CreateObservableGauge("oods.kafka.connected", ObserveKafka, null, "1 while the CSC's Kafka connection is up, 0 while it is down; absent in standalone mode");
    }

    /// <summary>The CSC summary state's name (e.g. <c>ENABLED</c>), or null when no CSC reported one.</summary>
    public static string? CscState => Volatile.Read(ref _cscState) < 0 ? null : Volatile.Read(ref _cscStateName);

    /// <summary>Whether the CSC's Kafka connection is up, or null when no CSC reported.</summary>
    public static bool? KafkaConnected => Volatile.Read(ref _kafkaConnected) switch { < 0 => null, 0 => false, _ => true };

    /// <summary>Counts files newly found in a stream's landing directories.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="count">Files found.</param>
    public static void FilesSeen(string stream, long count = 1) => Seen.Add(count, new KeyValuePair<string, object?>("stream", stream));

    /// <summary>Records one file outcome: ingested or failed by status code, and its landing-to-outcome latency.</summary>
    /// <param name="outcome">The outcome.</param>
    public static void Outcome(FileOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var stream = new KeyValuePair<string, object?>("stream", outcome.Stream);
        if (outcome.Status == OutcomeStatus.Ingested)
        {
            Ingested.Add(1, stream);
        }
        else
        {
            Failed.Add(1, stream, new KeyValuePair<string, object?>("status", (int)outcome.Status));
        }

        if (outcome.SeenTime is { } seen)
        {
            Latency.Record(Math.Max(0, (outcome.Time - seen).TotalSeconds), stream);
        }
    }

    /// <summary>Counts one file fetched (FTP, SFTP) or object header read (S3) by a remote source.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="source">The source kind: ftp, sftp or s3.</param>
    public static void SourceFetched(string stream, string source) =>
        SourceFetches.Add(1, new KeyValuePair<string, object?>("stream", stream), new KeyValuePair<string, object?>("source", source));

    /// <summary>Counts one failed fetch or read of a remote source.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="source">The source kind: ftp, sftp or s3.</param>
    public static void SourceFailed(string stream, string source) =>
        SourceFailures.Add(1, new KeyValuePair<string, object?>("stream", stream), new KeyValuePair<string, object?>("source", source));

    /// <summary>Counts one poll of a remote source that failed as a whole (connect, login, TLS, listing; Kafka errors).</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="source">The source kind: ftp, sftp or s3.</param>
    public static void SourcePollFailed(string stream, string source) =>
        SourcePollFailures.Add(1, new KeyValuePair<string, object?>("stream", stream), new KeyValuePair<string, object?>("source", source));

    /// <summary>Counts one bucket notification skipped as malformed.</summary>
    /// <param name="stream">The stream.</param>
    public static void MessageMalformed(string stream) => MalformedMessages.Add(1, new KeyValuePair<string, object?>("stream", stream));

    /// <summary>Counts what one expiry pass removed.</summary>
    /// <param name="stream">The stream (or cleaner) whose data expired.</param>
    /// <param name="count">Files or datasets removed.</param>
    /// <param name="bytes">Bytes removed.</param>
    public static void Expired(string stream, long count, long bytes)
    {
        var tag = new KeyValuePair<string, object?>("stream", stream);
        ExpiredFiles.Add(count, tag);
        ExpiredBytes.Add(bytes, tag);
    }

    /// <summary>Records the CSC's summary state.</summary>
    /// <param name="value">The SAL value (e.g. 2 for ENABLED).</param>
    /// <param name="name">Its name (e.g. <c>ENABLED</c>).</param>
    public static void SetCscState(int value, string name)
    {
        Volatile.Write(ref _cscStateName, name);
        Volatile.Write(ref _cscState, value);
    }

    /// <summary>Records whether the CSC's Kafka connection is up.</summary>
    /// <param name="connected">Whether it is.</param>
    public static void SetKafkaConnected(bool connected) => Volatile.Write(ref _kafkaConnected, connected ? 1 : 0);

    private static IEnumerable<Measurement<int>> ObserveCscState()
    {
        var value = Volatile.Read(ref _cscState);
        return value < 0 ? [] : [new Measurement<int>(value, new KeyValuePair<string, object?>("state", Volatile.Read(ref _cscStateName)))];
    }

    private static IEnumerable<Measurement<int>> ObserveKafka()
    {
        var value = Volatile.Read(ref _kafkaConnected);
        return value < 0 ? [] : [new Measurement<int>(value)];
    }
}
