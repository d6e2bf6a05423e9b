using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NLog.Extensions.Logging;
using Oods.Butler;
using Oods.Butler.Expiry;
using Oods.Core.Configuration;
using Oods.Core.Expiry;
using Oods.Core.Health;
using Oods.Core.Lifecycle;
using Oods.Core.Observability;
using Oods.Core.Outcomes;
using Oods.Core.Pipeline;
using Oods.Core.Repositories;
using Oods.Csc.Service;
using Oods.Host.Csc;
using Oods.Sources;
using Oods.Status;

namespace Oods.Host.Hosting;

/// <summary>Builds and runs the long-running service on the .NET Generic Host.</summary>
internal static partial class ServiceHost
{
    /// <summary>Runs OODS until SIGTERM / Ctrl+C / service stop.</summary>
    /// <param name="options">The validated configuration.</param>
    /// <param name="source">Where the configuration came from, for the log.</param>
    /// <param name="csc">CSC mode: the CSC's options; null for standalone.</param>
    /// <param name="stopRequested">Cancelled by a stop signal that arrived before the host took the signals (see <see cref="EarlyStop"/>).</param>
    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(OodsOptions options, string source, CscOptions? csc = null, CancellationToken stopRequested = default)
    {
        using var host = Build(options, Directory.GetCurrentDirectory(), csc);
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Oods.Host");
        LogStarting(logger, ThisAssembly.Version, source, Environment.ProcessId);
        using var earlyStop = stopRequested.Register(host.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication);
        try
        {
            // Not RunAsync: it disposes the host, and the services are needed below to tell a fault from a clean stop.
            await host.StartAsync(CancellationToken.None);
            await host.WaitForShutdownAsync(CancellationToken.None);
        }
        catch (OptionsValidationException e)
        {
            LogBadConfiguration(logger, e.Message);
            return ExitCodes.ConfigurationError;
        }
        catch (OperationCanceledException) when (host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested)
        {
            // SIGTERM while starting: a clean stop (exit 0), not a failure to start.
            await host.StopAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogFatal(logger, e);
            return ExitCodes.ServiceFault;
        }

        var faulted = host.Services.GetServices<IHostedService>().OfType<BackgroundService>().Where(s => s.ExecuteTask is { IsFaulted: true }).ToList();
        foreach (var service in faulted)
        {
            var error = service.ExecuteTask!.Exception?.GetBaseException();
            LogServiceFaulted(logger, service.GetType().Name, error);
        }

        LogStopped(logger, faulted.Count == 0 ? ExitCodes.Success : ExitCodes.ServiceFault);
        return faulted.Count == 0 ? ExitCodes.Success : ExitCodes.ServiceFault;
    }

    /// <summary>Builds the host with every service of OODS.</summary>
    /// <param name="options">The validated configuration.</param>
    /// <param name="baseDirectory">Directory relative paths are resolved against.</param>
    /// <param name="csc">CSC mode: the CSC's options; null for standalone (ingest enabled from the start).</param>
    /// <returns>The host, not yet started.</returns>
    public static IHost Build(OodsOptions options, string baseDirectory, CscOptions? csc = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = baseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddNLog();
        builder.Services.AddSystemd();
        builder.Services.TryAddSingleton<ISystemdNotifier, SystemdNotifier>();
        builder.Services.AddWindowsService(o => o.ServiceName = "oods");
        builder.Services.Configure<HostOptions>(o =>
        {
            o.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.StopHost;
            o.ShutdownTimeout = TimeSpan.FromSeconds(60);
        });

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<LoopHealth>();
        builder.Services.AddHostedService<SystemdWatchdog>();
        builder.Services.AddSingleton<IValidateOptions<OodsOptions>, OodsOptionsValidator>();
        builder.Services.AddOptions<OodsOptions>()
            .Configure(o =>
            {
                o.DefaultInterval = options.DefaultInterval;
                o.FileIngester = options.FileIngester;
                o.Streams = options.Streams;
                o.MessageIngester = options.MessageIngester;
                o.StateDirectory = options.StateDirectory;
                o.CacheCleaner = options.CacheCleaner;
                o.Status = options.Status;
                o.Csc = options.Csc;
            })
            .ValidateOnStart();

        builder.Services.AddSingleton(new IngestSwitch(enabledAtStart: csc is null));
        builder.Services.AddSingleton<OutcomePublisher>();
        builder.Services.AddSingleton<StreamMonitor>();
        builder.Services.AddSingleton<IOutcomeSink>(sp => sp.GetRequiredService<OutcomePublisher>());
        builder.Services.AddSingleton<IRepositoryWriterFactory, ButlerRepositoryFactory>();
        var streams = StreamSettings.FromOptions(options, baseDirectory);
        builder.Services.AddOodsStatus(new StatusSettings(options.Status, streams, ThisAssembly.Version, SourceServiceCollectionExtensions.MessageStreams(options)));
        builder.Services.AddOodsSources(options, streams, baseDirectory);
        foreach (var stream in streams)
        {
            builder.Services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<StreamWorker>(sp, stream));
        }

        builder.Services.AddSingleton<IExpiryRegistryFactory, ButlerExpiryRegistries>();
        builder.Services.AddSingleton<IExpiryRunner, ExpiryRunner>();
        foreach (var job in ExpiryJobs.FromOptions(options, baseDirectory))
        {
            builder.Services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<ExpiryService>(sp, job));
        }

        if (csc is not null)
        {
            CscHostBuilder.AddCsc(builder, csc);
        }

        return builder.Build();
    }

    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "OODS {Version} starting with {ConfigSource} (pid {ProcessId})")]
    private static partial void LogStarting(ILogger logger, string version, string configSource, int processId);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "OODS stopped with exit code {ExitCode}")]
    private static partial void LogStopped(ILogger logger, int exitCode);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Critical, Message = "Background service {Service} faulted; OODS exits non-zero so that it is restarted")]
    private static partial void LogServiceFaulted(ILogger logger, string service, Exception? exception);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Critical, Message = "OODS cannot run")]
    private static partial void LogFatal(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2000, Level = LogLevel.Critical, Message = "Configuration is not valid: {Problems}")]
    private static partial void LogBadConfiguration(ILogger logger, string problems);
}
