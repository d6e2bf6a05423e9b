using System.Data.Common;
using System.Globalization;

namespace Oods.Butler.Gen3;

/// <summary>One-off statements on either registry database (parameters are named <c>@x</c>, which both accept).</summary>
internal static class RegistryCommands
{
    /// <summary>A command with parameters bound.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="sql">The SQL.</param>
    /// <param name="parameters">Name/value pairs.</param>
    /// <returns>The command; dispose it.</returns>
    public static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>Runs a statement.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="sql">The SQL.</param>
    /// <param name="parameters">Name/value pairs.</param>
    /// <returns>Rows affected.</returns>
    public static int Execute(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    /// <summary>The first column of the first row as an integer, or null.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="sql">The SQL.</param>
    /// <param name="parameters">Name/value pairs.</param>
    /// <returns>The value.</returns>
    public static long? Scalar(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteScalar() is { } v and not DBNull ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The first column of every row, as text.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="sql">The SQL.</param>
    /// <param name="parameters">Name/value pairs.</param>
    /// <returns>The values.</returns>
    public static List<string> Strings(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
