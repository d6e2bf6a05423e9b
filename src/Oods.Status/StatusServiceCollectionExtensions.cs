using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Oods.Status;

/// <summary>Registers the status endpoint with the service host.</summary>
public static class StatusServiceCollectionExtensions
{
    /// <summary>
    /// Adds the status board, its outcome listener and the HTTP endpoint (when enabled). Call before the streams are
    /// added, so that the endpoint and its metrics listen before the first file is seen.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="settings">Options, streams and version.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddOodsStatus(this IServiceCollection services, StatusSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.Options.Enabled)
        {
            return services;
        }

        services.AddSingleton(settings);
        services.AddSingleton<StatusBoard>();
        services.AddSingleton<StatusServer>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<StatusServer>());
        services.AddHostedService<OutcomeListener>();
        return services;
    }
}
