using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Oods.Csc.Logging;
using Oods.Csc.Service;

namespace Oods.Host.Csc;

/// <summary>Adds the CSC to the host: the service, its log forwarding and its log level.</summary>
internal static class CscHostBuilder
{
    /// <summary>Registers the CSC for <paramref name="options"/>.</summary>
    /// <param name="builder">The host builder.</param>
    /// <param name="options">The CSC options (from <see cref="CscEnvironment"/>).</param>
    public static void AddCsc(HostApplicationBuilder builder, CscOptions options)
    {
        var level = NLogLevelBridge.Create();
        var forwarder = new CscLogForwarder(level);
        builder.Logging.AddProvider(forwarder);
        builder.Services.AddSingleton(level);
        builder.Services.AddSingleton(forwarder);
        builder.Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        builder.Services.AddHostedService<CscService>();
    }
}
