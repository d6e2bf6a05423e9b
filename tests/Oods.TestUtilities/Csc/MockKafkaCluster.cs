using System.Runtime.InteropServices;
using System.Text;

namespace Oods.TestUtilities.Csc;

/// <summary>
/// A librdkafka mock cluster (in-memory, speaks the Kafka protocol on 127.0.0.1) created through librdkafka's mock C API,
/// so that tests can also create topics with one partition and take a broker down and up again.
/// </summary>
/// <remarks>The mock has no CreateTopics handler: clients rely on auto-creation or on <see cref="CreateTopic"/>.</remarks>
public sealed unsafe class MockKafkaCluster : IDisposable
{
    private static readonly Lazy<Native> Api = new(Native.Load);
    private readonly nint _client;
    private readonly nint _cluster;
    private bool _disposed;

    /// <summary>Starts a mock cluster with one broker (id 1).</summary>
    public MockKafkaCluster()
    {
        var api = Api.Value;
        var errors = new byte[512];
        fixed (byte* error = errors)
        {
            _client = api.New(0, api.ConfNew(), error, (nuint)errors.Length);
        }

        if (_client == 0)
        {
            throw new InvalidOperationException("rd_kafka_new failed: " + Encoding.UTF8.GetString(errors).TrimEnd('\0'));
        }

        _cluster = api.ClusterNew(_client, 1);
        Bootstrap = Marshal.PtrToStringUTF8(api.Bootstraps(_cluster))!;
        api.RebalanceDelay(_cluster, 0);
    }

    /// <summary>The bootstrap servers, e.g. <c>127.0.0.1:40211</c>.</summary>
    public string Bootstrap { get; }

    /// <summary>Creates a topic (salobj topics have one partition).</summary>
    public void CreateTopic(string topic, int partitions = 1)
    {
        var name = Encoding.UTF8.GetBytes(topic + "\0");
        fixed (byte* p = name)
        {
            Check(Api.Value.TopicCreate(_cluster, p, partitions, 1), "rd_kafka_mock_topic_create");
        }
    }

    /// <summary>Disconnects every client and refuses new connections until <see cref="BrokerUp"/>; data is kept.</summary>
    public void BrokerDown() => Check(Api.Value.BrokerSetDown(_cluster, 1), "rd_kafka_mock_broker_set_down");

    /// <summary>Accepts connections again.</summary>
    public void BrokerUp() => Check(Api.Value.BrokerSetUp(_cluster, 1), "rd_kafka_mock_broker_set_up");

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Api.Value.ClusterDestroy(_cluster);
        Api.Value.Destroy(_client);
    }

    private static void Check(int error, string call)
    {
        if (error != 0)
        {
            throw new InvalidOperationException($"{call} failed with librdkafka error {error}");
        }
    }

    private sealed class Native
    {
        public delegate* unmanaged[Cdecl]<nint> ConfNew;
        public delegate* unmanaged[Cdecl]<int, nint, byte*, nuint, nint> New;
        public delegate* unmanaged[Cdecl]<nint, void> Destroy;
        public delegate* unmanaged[Cdecl]<nint, int, nint> ClusterNew;
        public delegate* unmanaged[Cdecl]<nint, void> ClusterDestroy;
        public delegate* unmanaged[Cdecl]<nint, nint> Bootstraps;
        public delegate* unmanaged[Cdecl]<nint, byte*, int, int, int> TopicCreate;
        public delegate* unmanaged[Cdecl]<nint, int, int> BrokerSetDown;
        public delegate* unmanaged[Cdecl]<nint, int, int> BrokerSetUp;
        public delegate* unmanaged[Cdecl]<nint, int, int> RebalanceDelay;

        public static Native Load()
        {
            // The same file Confluent.Kafka loaded (on Debian 12 its fallback centos8-librdkafka.so, not librdkafka.so).
            _ = Confluent.Kafka.Library.VersionString;
            var path = File.ReadLines("/proc/self/maps")
                .Where(l => l.Contains("librdkafka", StringComparison.Ordinal))
                .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1])
                .First();
            var lib = NativeLibrary.Load(path);
            return new Native
            {
                ConfNew = (delegate* unmanaged[Cdecl]<nint>)NativeLibrary.GetExport(lib, "rd_kafka_conf_new"),
                New = (delegate* unmanaged[Cdecl]<int, nint, byte*, nuint, nint>)NativeLibrary.GetExport(lib, "rd_kafka_new"),
                Destroy = (delegate* unmanaged[Cdecl]<nint, void>)NativeLibrary.GetExport(lib, "rd_kafka_destroy"),
                ClusterNew = (delegate* unmanaged[Cdecl]<nint, int, nint>)NativeLibrary.GetExport(lib, "rd_kafka_mock_cluster_new"),
                ClusterDestroy = (delegate* unmanaged[Cdecl]<nint, void>)NativeLibrary.GetExport(lib, "rd_kafka_mock_cluster_destroy"),
                Bootstraps = (delegate* unmanaged[Cdecl]<nint, nint>)NativeLibrary.GetExport(lib, "rd_kafka_mock_cluster_bootstraps"),
                TopicCreate = (delegate* unmanaged[Cdecl]<nint, byte*, int, int, int>)NativeLibrary.GetExport(lib, "rd_kafka_mock_topic_create"),
                BrokerSetDown = (delegate* unmanaged[Cdecl]<nint, int, int>)NativeLibrary.GetExport(lib, "rd_kafka_mock_broker_set_down"),
                BrokerSetUp = (delegate* unmanaged[Cdecl]<nint, int, int>)NativeLibrary.GetExport(lib, "rd_kafka_mock_broker_set_up"),
                RebalanceDelay = (delegate* unmanaged[Cdecl]<nint, int, int>)NativeLibrary.GetExport(lib, "rd_kafka_mock_group_initial_rebalance_delay_ms"),
            };
        }
    }
}
