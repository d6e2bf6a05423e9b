using Confluent.Kafka;

namespace Oods.Csc.Tests.Service;

/// <summary>An in-process librdkafka mock cluster (<c>test.mock.num.brokers</c>) speaking the Kafka protocol on 127.0.0.1.</summary>
internal sealed class MockKafkaCluster : IDisposable
{
    private readonly IProducer<Null, Null> _host;

    public MockKafkaCluster()
    {
        var config = new ProducerConfig { BootstrapServers = "unused:1" };
        config.Set("test.mock.num.brokers", "1");
        _host = new ProducerBuilder<Null, Null>(config).Build();
        using var admin = new DependentAdminClientBuilder(_host.Handle).Build();
        Bootstrap = string.Join(",", admin.GetMetadata(TimeSpan.FromSeconds(10)).Brokers.Select(b => $"{b.Host}:{b.Port}"));
    }

    public string Bootstrap { get; }

    public void Dispose() => _host.Dispose();
}
