using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Oods.Csc.Registry;

/// <summary>The Confluent Schema Registry REST subset salobj uses: register a schema, fetch a schema by id.</summary>
/// <remarks>
/// Hand-written rather than Confluent.SchemaRegistry's <c>CachedSchemaRegistryClient</c>: two endpoints, no auth, and
/// the exact schema text must be sent unchanged (that client may normalise or re-serialise it).
/// </remarks>
/// <param name="http">A client whose <see cref="HttpClient.BaseAddress"/> is the registry URL.</param>
internal sealed class SchemaRegistryClient(HttpClient http)
{
    private const string MediaType = "application/vnd.schemaregistry.v1+json";

    /// <summary><c>POST /subjects/{subject}/versions</c>; the same schema text always gets the same id.</summary>
    /// <returns>The schema id.</returns>
    public async Task<int> RegisterAsync(string subject, string schemaText, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, object> { ["schema"] = schemaText, ["schemaType"] = "AVRO", ["references"] = Array.Empty<object>() });
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(MediaType);
        using var response = await SendAsync(() => http.PostAsync(new Uri($"subjects/{Uri.EscapeDataString(subject)}/versions", UriKind.Relative), content, cancellationToken)).ConfigureAwait(false);
        using var doc = await ReadAsync(response, $"register {subject}", cancellationToken).ConfigureAwait(false);
        return doc.RootElement.GetProperty("id").GetInt32();
    }

    /// <summary><c>GET /schemas/ids/{id}</c>.</summary>
    /// <returns>The schema text, or null when the registry does not know the id.</returns>
    public async Task<string?> GetSchemaAsync(int id, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(() => http.GetAsync(new Uri($"schemas/ids/{id}", UriKind.Relative), cancellationToken)).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        using var doc = await ReadAsync(response, $"get schema {id}", cancellationToken).ConfigureAwait(false);
        return doc.RootElement.GetProperty("schema").GetString();
    }

    private static async Task<HttpResponseMessage> SendAsync(Func<Task<HttpResponseMessage>> send)
    {
        try
        {
            return await send().ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new SchemaRegistryException("schema registry unreachable: " + ex.Message, 0, ex);
        }
    }

    private static async Task<JsonDocument> ReadAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var code = (int)response.StatusCode;
            try
            {
                using var error = JsonDocument.Parse(text);
                code = error.RootElement.GetProperty("error_code").GetInt32();
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                // Not a registry error body; the HTTP status is the best code there is.
            }

            throw new SchemaRegistryException($"schema registry: {what} failed with {code}: {text}", code);
        }

        return JsonDocument.Parse(text);
    }
}
