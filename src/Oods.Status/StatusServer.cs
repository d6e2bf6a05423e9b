using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Oods.Core.Observability;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Oods.Status;

/// <summary>
/// The read-only HTTP endpoint of <c>oods run</c>: a small ASP.NET Core application on Kestrel, started beside the
/// streams with the service's own board, health and logging.
/// </summary>
/// <remarks>
/// A status page that cannot listen (port taken) is logged and left out: ingest matters more than the page showing it.
/// </remarks>
internal sealed partial class StatusServer(StatusSettings settings, StatusBoard board, StreamMonitor monitor, ILoggerFactory loggerFactory) : IHostedService, IAsyncDisposable
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<StatusServer>();
    private WebApplication? _app;
    private StatusMeters? _meters;

    /// <summary>The URL the endpoint listens on, once started.</summary>
    public string? Url { get; private set; }

    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var address = IPAddress.Parse(settings.Options.Address);
        if (!IPAddress.IsLoopback(address))
        {
            LogBeyondLoopback(settings.Options.Address);
        }

        _meters = new StatusMeters(board, monitor);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "oods-status" });
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Listen(address, settings.Options.Port);
        });
        builder.Services.AddRouting();
        builder.Services.AddOpenTelemetry().ConfigureResource(r => r.AddService("oods", serviceVersion: settings.Version)).WithMetrics(m => m.AddMeter(OodsMetrics.MeterName).AddPrometheusExporter());
        builder.Services.AddSingleton(board);
        var app = builder.Build();
        StatusEndpoints.Map(app, board);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            LogCannotListen(settings.Options.Address, settings.Options.Port, e.Message);
            await app.DisposeAsync();
            return;
        }

        _app = app;
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? $"http://{settings.Options.Address}:{settings.Options.Port}";
        Url = url;
        LogListening(url);
    }

    /// <inheritdoc/>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }

        _meters?.Dispose();
    }
}
