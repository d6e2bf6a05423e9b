using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Oods.Core.Configuration;
using Oods.Core.Health;
using Oods.Core.Journal;
using Oods.Core.Lifecycle;
using Oods.Core.Observability;
using Oods.Core.Outcomes;
using Oods.Core.Pipeline;
using Oods.Core.Repositories;
using Oods.Sources.Ftp;
using Oods.Sources.S3;
using Oods.Sources.Sftp;

namespace Oods.Sources;

/// <summary>Registers a remote-source worker for every stream with a <c>source</c> block, and the S3 message worker of a <c>message_ingester</c>.</summary>
public static class SourceServiceCollectionExtensions
{
    /// <summary>Adds one <see cref="IHostedService"/> per stream that has a <c>source</c> block.</summary>
    /// <param name="services">The services.</param>
    /// <param name="options">The validated options.</param>
    /// <param name="streams">The resolved streams, in the order of <see cref="StreamSettings.FromOptions"/>.</param>
    /// <param name="baseDirectory">Directory relative paths are resolved against.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddOodsSources(this IServiceCollection services, OodsOptions options, IReadOnlyList<StreamSettings> streams, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(streams);
        IEnumerable<FileIngesterOptions> blocks = options.FileIngester is { } ingester ? [ingester, .. options.Streams] : options.Streams;
        var state = StreamSettings.StateDirectory(options, baseDirectory);
        foreach (var (block, stream) in blocks.Zip(streams))
        {
            if (block.Source is not { } source)
            {
                continue;
            }

            var settings = SourceSettings.Resolve(source, stream, state, baseDirectory);
            services.AddSingleton<IHostedService>(sp => new RemoteSourceWorker(
                settings,
                Connector(settings),
                new OutcomeJournal(stream.JournalDirectory),
                sp.GetRequiredService<StreamMonitor>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<RemoteSourceWorker>>()));
        }

        if (options.MessageIngester is { } messages)
        {
            var settings = S3MessageSettings.Resolve(messages, state, baseDirectory);
            services.AddSingleton<IHostedService>(sp => new S3MessageWorker(
                settings,
                S3Clients.S3(messages.S3),
                sp.GetRequiredService<IRepositoryWriterFactory>(),
                sp.GetRequiredService<IEnumerable<IOutcomeSink>>(),
                sp.GetRequiredService<IngestSwitch>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<LoopHealth>(),
                sp.GetRequiredService<StreamMonitor>(),
                sp.GetRequiredService<ILogger<S3MessageWorker>>()));
        }

        return services;
    }

    /// <summary>The names of the streams fed by messages rather than landing directories (the <c>message_ingester</c>'s), for the status page.</summary>
    /// <param name="options">The validated options.</param>
    /// <returns>The names; empty without a <c>message_ingester</c>.</returns>
    public static IReadOnlyList<string> MessageStreams(OodsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.MessageIngester is { } messages ? [messages.StreamName()] : [];
    }

    internal static IRemoteConnector Connector(SourceSettings settings) =>
        settings.Kind == "sftp" ? new SftpConnector(settings) : new FtpConnector(settings);
}
