using System.Collections.Concurrent;
using Oods.Csc.Wire;

namespace Oods.Csc.Registry;

/// <summary>Writer schemas by registry id, cached; the consumer loop resolves a frame's id here before decoding.</summary>
internal sealed class SchemaCatalog(SchemaRegistryClient client)
{
    private readonly ConcurrentDictionary<int, WriterSchema> _schemas = new();

    /// <summary>Records a schema this process registered.</summary>
    public void Add(int id, string schemaText) => _schemas[id] = WriterSchema.Parse(schemaText);

    /// <summary>The writer schema for an id.</summary>
    /// <exception cref="SalMessageException">The registry does not know the id, or its text is not a flat SAL record.</exception>
    public async ValueTask<WriterSchema> GetAsync(int id, CancellationToken cancellationToken)
    {
        if (_schemas.TryGetValue(id, out var known))
        {
            return known;
        }

        var text = await client.GetSchemaAsync(id, cancellationToken).ConfigureAwait(false)
            ?? throw new SalMessageException(SalMessageError.UnknownSchema, $"schema id {id} is unknown to the registry", id);
        try
        {
            return _schemas.GetOrAdd(id, WriterSchema.Parse(text));
        }
        catch (FormatException ex)
        {
            throw new SalMessageException(SalMessageError.UnknownSchema, $"schema id {id}: {ex.Message}", id, ex);
        }
    }
}
