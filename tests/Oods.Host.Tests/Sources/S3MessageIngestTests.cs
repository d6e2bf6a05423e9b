using System.Text.Json;
using System.Text.Json.Nodes;
using Confluent.Kafka;
using Oods.Host.Tests.Status;
using Oods.Host.Tests.Support;
using Oods.Status;
using Oods.TestUtilities;
using Oods.TestUtilities.Csc;
using Oods.TestUtilities.Fits;
using static Oods.Host.Tests.Pipeline.StreamFixture;

namespace Oods.Host.Tests.Sources;

/// <summary><c>oods run</c> with a ctrl_oods 10.x <c>message_ingester</c> against s3rver and the librdkafka mock broker.</summary>
public sealed class S3MessageIngestTests
{
    private const string Topic = "lsstcam-notifications";
    private const string Key = "LSSTComCam/20191030/3019103000001/0.fits";
    private const string MissingKey = "LSSTComCam/20191030/3019103000001/missing.fits";

    /// <summary>A 10.x file as deployed: no <c>s3</c> block (endpoint and keys from the environment), a collection cleaner.</summary>
    private const string Config = """
        default_interval: &interval {days: 0, hours: 0, minutes: 0, seconds: 0}
        state_directory: state
        status:
          port: 0
        message_ingester:
          kafka:
            brokers: [BOOTSTRAP]
            topics: [lsstcam-notifications]
            group_id: LSSTCOMCAM-OODS
            max_messages: 10
            max_wait_time: 0.2
            group_wait_time: 0.1
            time_to_wait_without_data: 0.2
          butler:
            ingest_scaling: {file_threshold: 150, num_workers: 2}
            guider_max_age_seconds: 30
            repo_directory: repo
            s3profile: embargo
            instrument: lsst.obs.lsst.LsstComCam
            collections: [LSSTComCam/raw/all]
            collection_cleaner:
              collections_to_clean:
                - collections: [LSSTComCam/raw/all]
                  files_older_than: {<<: *interval, days: 30}
                  dataset_types: ["*"]
                  exclude_tagged: true
              cleaning_interval: {<<: *interval, seconds: 2}
        """;

    [Fact]
    public async Task Run_NotifiedObjects_IngestedAsS3Uri_FailureJournaled_StreamOnStatusAndMetrics_CleanerRuns()
    {
        using var s3 = new S3Server();
        using var kafka = new MockKafkaCluster();
        kafka.CreateTopic(Topic);
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("oods.yaml"), Config.Replace("BOOTSTRAP", kafka.Bootstrap, StringComparison.Ordinal));
        var environment = new Dictionary<string, string>
        {
            ["S3_ENDPOINT_URL"] = s3.Endpoint,
            ["AWS_ACCESS_KEY_ID"] = "S3RVER",
            ["AWS_SECRET_ACCESS_KEY"] = "S3RVER",
        };
        await using var oods = OodsProcess.Start(dir.Path, environment, "run", "--config", "oods.yaml");
        var announced = await oods.WaitForLinesAsync(l => l.Contains(" 9000 ", StringComparison.Ordinal), 1, Patience);
        await oods.WaitForLinesAsync(l => l.Contains(" 9520 ", StringComparison.Ordinal), 1, Patience);
        using var http = new HttpClient { BaseAddress = new Uri(announced[0][announced[0].IndexOf("http://", StringComparison.Ordinal)..].Split(' ')[0] + "/") };

        await s3.PutAsync(Key, SyntheticRaws.ComCam(0));
        await NotifyAsync(kafka, Key, MissingKey);

        var uri = $"s3://embargo@{S3Server.Bucket}/{Key}";
        await oods.WaitForLinesAsync(l => l.Contains(" 9521 ", StringComparison.Ordinal) && l.Contains(uri, StringComparison.Ordinal), 1, Patience);
        await oods.WaitForLinesAsync(l => l.Contains(" 9522 ", StringComparison.Ordinal) && l.Contains("missing.fits", StringComparison.Ordinal), 1, Patience);
        Assert.Equal([uri], Gen3RegistryFile.DatastorePaths(dir.Combine("repo")));

        StatusReport? report = null;
        await WaitUntilAsync(
            async () =>
            {
                report = JsonSerializer.Deserialize<StatusReport>(await http.GetStringAsync(new Uri("status", UriKind.Relative)), StatusJson.Options)!;
                return report.Streams.Any(s => s.SinceStart.Ingested + s.SinceStart.Failed == 2);
            },
            "the S3 stream's two outcomes on /status");
        var stream = Assert.Single(report!.Streams);
        Assert.Equal(("LSSTComCam", "Ingesting", 2L), (stream.Name, stream.State, stream.Seen));
        Assert.Equal(new FileCounts(1, 1), stream.SinceStart);
        Assert.Equal(uri, stream.LastIngested!.Path);
        Assert.Contains("404", Assert.Single(stream.RecentFailures).Description, StringComparison.Ordinal);
        Assert.True(report.Ready);
        var metrics = PrometheusText.Parse(await http.GetStringAsync(new Uri("metrics", UriKind.Relative)));
        Assert.Equal(1, metrics.Value("oods_files_ingested_total", ("stream", "LSSTComCam")));
        Assert.Equal(1, metrics.Value("oods_files_failed_total", ("stream", "LSSTComCam"), ("status", "1")));
        Assert.Equal(1, metrics.Value("oods_source_fetched_total", ("stream", "LSSTComCam"), ("source", "s3")));
        Assert.Equal(0, metrics.Value("oods_stream_backlog", ("stream", "LSSTComCam")));
        var (statusCode, table) = await OodsProcess.RunAsync(dir.Path, "status", "--url", http.BaseAddress!.ToString());
        Assert.Equal(0, statusCode);
        Assert.Contains(table, l => l.StartsWith("LSSTComCam ", StringComparison.Ordinal) && l.Contains(" Ingesting ", StringComparison.Ordinal) && l.Contains(" 1/1 ", StringComparison.Ordinal));

        await oods.WaitForLinesAsync(l => l.Contains(" 6000 ", StringComparison.Ordinal) && l.Contains("LSSTComCam:collections:", StringComparison.Ordinal), 1, Patience);
        oods.Terminate();
        Assert.Equal(0, await oods.WaitForExitAsync(Patience));

        var (explainCode, story) = await OodsProcess.RunAsync(dir.Path, "explain", "--config", "oods.yaml", "0.fits");
        Assert.True(explainCode == 0, string.Join(Environment.NewLine, story));
        Assert.Contains(story, l => l.Contains($"landed as    s3://{S3Server.Bucket}/{Key}", StringComparison.Ordinal));
        var (failedCode, failedStory) = await OodsProcess.RunAsync(dir.Path, "explain", "--config", "oods.yaml", "missing.fits");
        Assert.Equal(1, failedCode);
        Assert.Contains(failedStory, l => l.Contains("404 NoSuchKey", StringComparison.Ordinal));
        Assert.Equal([uri], Gen3RegistryFile.DatastorePaths(dir.Combine("repo")));
    }

    /// <summary>Publishes one bucket notification (the shape of ctrl_oods's kafka_msg.json) naming the keys.</summary>
    private static async Task NotifyAsync(MockKafkaCluster kafka, params string[] keys)
    {
        var template = JsonNode.Parse(await File.ReadAllTextAsync(SharedData.Path("data", "ctrl_oods", "kafka_msg.json")))!["Records"]![0]!;
        var records = new JsonArray();
        foreach (var key in keys)
        {
            var record = template.DeepClone();
            record["s3"]!["bucket"]!["name"] = S3Server.Bucket;
            record["s3"]!["object"]!["key"] = Uri.EscapeDataString(key).Replace("%2F", "/", StringComparison.Ordinal);
            records.Add(record);
        }

        using var producer = new ProducerBuilder<Null, string>(new ProducerConfig { BootstrapServers = kafka.Bootstrap }).Build();
        await producer.ProduceAsync(Topic, new Message<Null, string> { Value = new JsonObject { ["Records"] = records }.ToJsonString() });
    }
}
