namespace Oods.Csc.SalInterface;

/// <summary>The Avro type a SAL field maps to (ts_xml <c>field_info.py</c>: SAL long is Avro int, long long is Avro long).</summary>
internal enum SalFieldType
{
    /// <summary>Avro boolean.</summary>
    Boolean,

    /// <summary>Avro int (SAL byte, short, int, long, unsigned short).</summary>
    Int,

    /// <summary>Avro long (SAL long long, unsigned int).</summary>
    Long,

    /// <summary>Avro float.</summary>
    Float,

    /// <summary>Avro double.</summary>
    Double,

    /// <summary>Avro string (SAL IDL_Size is not enforced).</summary>
    String,
}
