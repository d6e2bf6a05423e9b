using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Oods.Status;

/// <summary>The routes of the status endpoint; every one answers GET and HEAD only (anything else gets 405).</summary>
internal static class StatusEndpoints
{
    private static readonly string[] ReadOnly = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>Maps the routes.</summary>
    /// <param name="app">The application.</param>
    /// <param name="board">The board.</param>
    public static void Map(WebApplication app, StatusBoard board)
    {
        app.Use(async (context, next) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            await next(context);
        });
        app.MapMethods("/healthz", ReadOnly, () =>
        {
            var stalled = board.Stalled();
            return stalled.Count == 0
                ? Results.Text("ok\n")
                : Results.Text($"stalled: {string.Join(", ", stalled)}\n", statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        app.MapMethods("/readyz", ReadOnly, () => board.IsReady(out var why)
            ? Results.Text("ready\n")
            : Results.Text($"not ready: {why}\n", statusCode: StatusCodes.Status503ServiceUnavailable));
        app.MapMethods("/status", ReadOnly, () => Results.Text(JsonSerializer.Serialize(board.Report(), StatusJson.Options), "application/json; charset=utf-8"));
        app.MapMethods("/", ReadOnly, () => Results.Text(StatusPage.Render(board.Report()), "text/html; charset=utf-8"));
        app.MapPrometheusScrapingEndpoint("/metrics").WithMetadata(new HttpMethodMetadata(ReadOnly));
    }
}
