using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Oods.TestUtilities.Csc;

/// <summary>
/// Test stand-in for a Confluent Schema Registry (none can run on this machine): the REST subset salobj uses,
/// <c>POST /subjects/{s}/versions</c>, <c>POST /subjects/{s}</c>, <c>GET /schemas/ids/{id}</c>, on 127.0.0.1.
/// </summary>
public sealed class SchemaRegistryStandIn : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Lock _gate = new();
    private readonly List<string> _schemas = [];
    private readonly Dictionary<string, List<int>> _subjects = [];

    public SchemaRegistryStandIn()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            var (status, body) = Handle(context.Request);
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/vnd.schemaregistry.v1+json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private (int Status, string Body) Handle(HttpListenerRequest request)
    {
        var segments = request.Url!.AbsolutePath.Trim('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
        lock (_gate)
        {
            if (request.HttpMethod == "GET" && segments is ["schemas", "ids", var idText] && int.TryParse(idText, out var id) && id >= 1 && id <= _schemas.Count)
            {
                return (200, JsonSerializer.Serialize(new { schema = _schemas[id - 1] }));
            }

            if (request.HttpMethod == "POST" && segments is ["subjects", var subject, ..])
            {
                using var reader = new StreamReader(request.InputStream);
                using var doc = JsonDocument.Parse(reader.ReadToEnd());
                var schema = doc.RootElement.GetProperty("schema").GetString()!;
                var existing = _schemas.IndexOf(schema) + 1;
                var versions = _subjects.GetValueOrDefault(subject) ?? [];
                if (segments.Length == 3 && segments[2] == "versions")
                {
                    var newId = existing > 0 ? existing : Add(schema);
                    if (!versions.Contains(newId))
                    {
                        versions.Add(newId);
                    }

                    _subjects[subject] = versions;
                    return (200, JsonSerializer.Serialize(new { id = newId }));
                }

                return versions.IndexOf(existing) is var v and >= 0 && existing > 0
                    ? (200, JsonSerializer.Serialize(new { subject, id = existing, version = v + 1, schema }))
                    : (404, JsonSerializer.Serialize(new { error_code = 40403, message = "Schema not found" }));
            }
        }

        return (404, JsonSerializer.Serialize(new { error_code = 404, message = "not found" }));
    }

    private int Add(string schema)
    {
        _schemas.Add(schema);
        return _schemas.Count;
    }
}
