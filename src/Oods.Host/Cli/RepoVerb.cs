using System.CommandLine;
using Oods.Butler.Gen2;
using Oods.Butler.Gen3;
using Oods.Core.Instruments;
using Oods.Core.Repositories;

namespace Oods.Host.Cli;

/// <summary><c>oods repo create PATH --instrument NAME [--registry postgresql://…]</c>: an empty repository with the instrument registered.</summary>
internal static class RepoVerb
{
    /// <summary>Creates the verb.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var path = new Argument<string>("PATH") { Description = "The repository directory (created if needed)" };
        var instrument = new Option<string>("--instrument")
        {
            Description = $"The instrument to register: {string.Join(", ", InstrumentCatalog.All.Select(i => i.Name))} (or its Python class path)",
            Required = true,
        };
        var gen2 = new Option<bool>("--gen2") { Description = "Create a Gen2 repository (_mapper and registry.sqlite3, as obs_lsst w.2020.50 wrote them)" };
        var registry = new Option<string?>("--registry") { Description = "A postgresql://[user[:password]@]host[:port]/database URL: put the Gen3 registry there instead of gen3.sqlite3 (password from PGPASSWORD or ~/.pgpass when the URL has none)" };
        var schema = new Option<string?>("--namespace") { Description = "The PostgreSQL schema for --registry (default: the repository directory's name in lower case)" };
        var create = new Command("create", "Create an empty Gen3 repository (daf_butler 30.0.0 format, SQLite or PostgreSQL registry) with the instrument, its detectors and filters registered; or, with --gen2, a Gen2 repository") { path, instrument, gen2, registry, schema };
        create.SetAction(result =>
        {
            if (!InstrumentCatalog.TryGet(result.GetValue(instrument)!, out var definition))
            {
                Console.Error.WriteLine($"oods repo create: unknown instrument '{result.GetValue(instrument)}'");
                return ExitCodes.ConfigurationError;
            }

            try
            {
                if (result.GetValue(gen2))
                {
                    if (result.GetValue(registry) is not null)
                    {
                        Console.Error.WriteLine("oods repo create: --registry is for Gen3 repositories; a Gen2 registry is always registry.sqlite3");
                        return ExitCodes.ConfigurationError;
                    }

                    Gen2Repository.Create(result.GetValue(path)!, definition);
                    Console.WriteLine($"created Gen2 repository {Path.GetFullPath(result.GetValue(path)!)} for {definition.Name} ({definition.Gen2Mapper})");
                    return ExitCodes.Success;
                }

                var repository = Gen3Repository.Create(result.GetValue(path)!, definition, result.GetValue(registry), result.GetValue(schema));
                Console.WriteLine($"created Gen3 repository {repository.Root} (registry {repository.RegistryPath}) for {definition.Name} ({definition.Detectors.Count} detectors, {definition.PhysicalFilters.Count} physical filters)");
                return ExitCodes.Success;
            }
            catch (RepositoryException e)
            {
                Console.Error.WriteLine($"oods repo create: {e.Message}");
                return ExitCodes.ConfigurationError;
            }
        });
        return new Command("repo", "Butler repository tools") { create };
    }
}
