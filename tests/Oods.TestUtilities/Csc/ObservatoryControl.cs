using System.Buffers.Binary;
using System.Net.Http.Json;
using System.Text.Json;
using Avro;
using Avro.Generic;
using Avro.IO;
using Confluent.Kafka;
using Xunit;

namespace Oods.TestUtilities.Csc;

/// <summary>
/// An independent "observatory control" client for tests: encodes and decodes with Apache.Avro generic records built
/// from the salobj schema files in <c>shared/reference/sal-schemas</c>, not with Oods.Csc's types.
/// </summary>
public sealed class ObservatoryControl : IDisposable
{
    private readonly string _component;
    private readonly string _subname;
    private readonly HttpClient _registry;
    private readonly IProducer<string, byte[]> _producer;
    private readonly IConsumer<string, byte[]> _consumer;
    private readonly Dictionary<int, Schema> _writerSchemas = [];
    private readonly Dictionary<string, RecordSchema> _fileSchemas = new(StringComparer.Ordinal);
    private readonly List<(string SalName, GenericRecord Record)> _seen = [];

    public ObservatoryControl(string bootstrap, Uri registry, string component, string subname, params string[] readTopics)
    {
        _component = component;
        _subname = subname;
        _registry = new HttpClient { BaseAddress = registry };
        // The same 10 s socket timeout as the CSC: a request in flight when the broker goes down is given up in seconds.
        _producer = new ProducerBuilder<string, byte[]>(new ProducerConfig { BootstrapServers = bootstrap, SocketTimeoutMs = 10_000 }).Build();
        _consumer = new ConsumerBuilder<string, byte[]>(new ConsumerConfig { BootstrapServers = bootstrap, GroupId = "observatory-" + Guid.NewGuid().ToString("N"), EnableAutoCommit = false, SocketTimeoutMs = 10_000 }).Build();
        using var admin = new DependentAdminClientBuilder(_producer.Handle).Build();
        var assignment = new List<TopicPartitionOffset>();
        foreach (var salName in readTopics)
        {
            var meta = admin.GetMetadata(KafkaTopic(salName), TimeSpan.FromSeconds(10)).Topics.Single();
            assignment.AddRange(meta.Partitions.Select(p => new TopicPartitionOffset(meta.Topic, p.PartitionId, Offset.Beginning)));
        }

        _consumer.Assign(assignment);
    }

    /// <summary>Creates every topic of the component in the mock cluster with one partition, as salobj's remote would.</summary>
    public static void CreateTopics(MockKafkaCluster kafka, string component, string subname)
    {
        foreach (var topic in SchemaFiles.Topics(component).EnumerateObject())
        {
            kafka.CreateTopic($"lsst.{subname}.{component}.{topic.Name}");
        }
    }

    /// <summary>Every record read so far, matching or not, in order of reading.</summary>
    public IReadOnlyList<(string SalName, GenericRecord Record)> Seen => _seen;

    public string KafkaTopic(string salName) => $"lsst.{_subname}.{_component}.{salName}";

    public RecordSchema FileSchema(string salName)
    {
        if (!_fileSchemas.TryGetValue(salName, out var schema))
        {
            schema = _fileSchemas[salName] = (RecordSchema)Schema.Parse(SchemaFiles.Topics(_component).GetProperty(salName).GetProperty("schema_str").GetString());
        }

        return schema;
    }

    public async Task SendCommandAsync(string salName, int seqNum, string identity, int origin, IReadOnlyDictionary<string, object>? values = null)
    {
        var schema = FileSchema(salName);
        var response = await _registry.PostAsJsonAsync($"subjects/{KafkaTopic(salName)}-value/versions", new { schema = SchemaFiles.Topics(_component).GetProperty(salName).GetProperty("schema_str").GetString(), schemaType = "AVRO" });
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var record = new GenericRecord(schema);
        foreach (var field in schema.Fields)
        {
            record.Add(field.Name, field.Schema.Tag switch
            {
                Schema.Type.Double => 0.0,
                Schema.Type.Int => 0,
                Schema.Type.Boolean => false,
                _ => (object)string.Empty,
            });
        }

        record.Add("private_seqNum", seqNum);
        record.Add("private_identity", identity);
        record.Add("private_origin", origin);
        foreach (var (name, value) in values ?? new Dictionary<string, object>())
        {
            record.Add(name, value);
        }

        await SendRawAsync(salName, Frame(id, schema, record));
    }

    /// <summary>Encodes a record with the Confluent framing (magic 0, big-endian schema id).</summary>
    public static byte[] Frame(int schemaId, RecordSchema schema, GenericRecord record)
    {
        using var stream = new MemoryStream();
        var header = new byte[5];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(1), schemaId);
        stream.Write(header);
        new GenericDatumWriter<GenericRecord>(schema).Write(record, new BinaryEncoder(stream));
        return stream.ToArray();
    }

    /// <summary>Writes raw bytes to a topic of the component (for malformed messages).</summary>
    public async Task SendRawAsync(string salName, byte[] value)
    {
        var key = $"{{ \"name\": \"{_component}\", \"topic\": \"{salName}\" }}";
        await _producer.ProduceAsync(KafkaTopic(salName), new Message<string, byte[]> { Key = key, Value = value });
    }

    /// <summary>Sends a command and reads its acks up to the final one.</summary>
    public async Task<IReadOnlyList<GenericRecord>> CommandAsync(string salName, int seqNum, CancellationToken cancellationToken, IReadOnlyDictionary<string, object>? values = null)
    {
        const string Identity = "observer@test";
        await SendCommandAsync(salName, seqNum, Identity, 4242, values);
        var acks = new List<GenericRecord>();
        while (acks.Count == 0 || (int)acks[^1]["ack"] is 300 or 301)
        {
            var (_, ack) = await ReadUntilAsync((n, r) => n == "ackcmd" && (int)r["private_seqNum"] == seqNum && (string)r["identity"] == Identity && (int)r["origin"] == 4242, cancellationToken);
            acks.Add(ack);
        }

        return acks;
    }

    /// <summary>The <paramref name="n"/>-th record of a topic since this client started (1 = the first), reading more if it has not been read yet.</summary>
    /// <remarks>
    /// Records of different topics arrive in no fixed order: an event written just after a command's final ack can be
    /// read while waiting for that ack, so "read until the next one" would wait for a record that was already read.
    /// </remarks>
    public async Task<GenericRecord> NthAsync(string salName, int n, CancellationToken cancellationToken)
    {
        while (_seen.Count(s => s.SalName == salName) < n)
        {
            await ReadUntilAsync((name, _) => name == salName, cancellationToken);
        }

        return _seen.Where(s => s.SalName == salName).ElementAt(n - 1).Record;
    }

    /// <summary>Reads until <paramref name="match"/> accepts a record; returns (SAL name, record).</summary>
    public async Task<(string SalName, GenericRecord Record)> ReadUntilAsync(Func<string, GenericRecord, bool> match, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                // Say what was read, so that a timed-out wait tells which step was missing.
                var recent = _seen.TakeLast(15).Select(s => s.SalName + (s.Record.Schema.Fields.Any(f => f.Name == "summaryState") ? "=" + s.Record["summaryState"] : s.SalName == "ackcmd" ? $"(seqNum {s.Record["private_seqNum"]}, ack {s.Record["ack"]})" : string.Empty));
                throw new OperationCanceledException($"no matching record before the deadline; {_seen.Count} read, the last: {string.Join(", ", recent)}", cancellationToken);
            }

            var result = _consumer.Consume(TimeSpan.FromMilliseconds(100));
            if (result?.Message?.Value is not { } value)
            {
                continue;
            }

            Assert.Equal(0, value[0]);
            var id = BinaryPrimitives.ReadInt32BigEndian(value.AsSpan(1));
            if (!_writerSchemas.TryGetValue(id, out var writer))
            {
                var writerText = (await _registry.GetFromJsonAsync<JsonElement>($"schemas/ids/{id}", cancellationToken)).GetProperty("schema").GetString()!;
                writer = _writerSchemas[id] = Schema.Parse(writerText);
            }

            var salName = result.Topic[(KafkaTopic(string.Empty).Length)..];
            var reader = new GenericDatumReader<GenericRecord>(writer, FileSchema(salName));
            var record = reader.Read(null!, new BinaryDecoder(new MemoryStream(value, 5, value.Length - 5)));
            Assert.Equal($"{{ \"name\": \"{_component}\", \"topic\": \"{salName}\" }}", result.Message.Key);
            _seen.Add((salName, record));
            if (match(salName, record))
            {
                return (salName, record);
            }
        }
    }

    public void Dispose()
    {
        _consumer.Close();
        _consumer.Dispose();
        _producer.Dispose();
        _registry.Dispose();
    }
}
