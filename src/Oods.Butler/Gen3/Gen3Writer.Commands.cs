using System.Data.Common;

namespace Oods.Butler.Gen3;

/// <summary>Prepared commands kept for the writer's lifetime, so each statement is compiled once.</summary>
internal sealed partial class Gen3Writer
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The batch transaction the cached commands run in.</summary>
    private DbTransaction? _transaction;

    /// <summary>The cached command for a statement, with the given parameter values bound.</summary>
    private DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = RegistryCommands.Command(_connection, sql, parameters);

            _commands[sql] = command;
        }

        command.Transaction = _transaction;
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        }

        return command;
    }

    /// <summary>Runs a cached statement.</summary>
    private int Run(string sql, params (string Name, object? Value)[] parameters) => Command(sql, parameters).ExecuteNonQuery();

    private void DisposeCommands()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }
}
