using Oods.Csc.SalInterface;

namespace Oods.Csc.Wire;

/// <summary>One sample of a SAL topic: the private header plus the public field values in topic order.</summary>
internal sealed class SalSample
{
    /// <summary>Creates a sample with every field at its Avro default.</summary>
    /// <param name="topic">The topic.</param>
    public SalSample(SalTopic topic)
    {
        Topic = topic;
        Values = [.. topic.Fields.Select(DefaultValue)];
    }

    /// <summary>The topic.</summary>
    public SalTopic Topic { get; }

    /// <summary>TAI unix seconds at publication.</summary>
    public double SndStamp { get; set; }

    /// <summary>TAI unix seconds at reception (set by the reader).</summary>
    public double RcvStamp { get; set; }

    /// <summary>UTC unix seconds at publication.</summary>
    public double EfdStamp { get; set; }

    /// <summary>TAI unix seconds when the Kafka message was made.</summary>
    public double KafkaStamp { get; set; }

    /// <summary>Sequence number.</summary>
    public int SeqNum { get; set; }

    /// <summary>Schema revision code.</summary>
    public string RevCode { get; set; } = string.Empty;

    /// <summary>Publisher identity: component name for a CSC, <c>user@host</c> for a user.</summary>
    public string Identity { get; set; } = string.Empty;

    /// <summary>Publisher process id.</summary>
    public int Origin { get; set; }

    /// <summary>Public field values (bool, int, long, float, double, string, or object[] for arrays), in topic order.</summary>
    public object[] Values { get; }

    /// <summary>Gets or sets a public field by name.</summary>
    public object this[string name]
    {
        get => Values[IndexOf(name)];
        set => Values[IndexOf(name)] = value;
    }

    /// <summary>The index of a public field, or -1.</summary>
    public int FindField(string name)
    {
        for (var i = 0; i < Topic.Fields.Count; i++)
        {
            if (Topic.Fields[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    private int IndexOf(string name)
    {
        var index = FindField(name);
        return index >= 0 ? index : throw new KeyNotFoundException($"{Topic.SalName} has no field {name}");
    }

    private static object DefaultValue(SalField field)
    {
        object scalar = field.Type switch
        {
            SalFieldType.Boolean => false,
            SalFieldType.Int => 0,
            SalFieldType.Long => 0L,
            SalFieldType.Float => 0f,
            SalFieldType.Double => 0.0,
            _ => string.Empty,
        };
        return field.IsArray ? Enumerable.Repeat(scalar, field.Count).ToArray() : scalar;
    }
}
