using System.Globalization;

namespace Oods.EndToEnd;

/// <summary>The driver's command line.</summary>
internal sealed record DriverOptions
{
    /// <summary>Shorter scenarios (10 s steady, 2 bursts, 2 000-file backlog) for trying the driver out.</summary>
    public bool Quick { get; init; }

    /// <summary>Runs of each scenario on each system; the table shows the median of each figure.</summary>
    public int Repeat { get; init; } = 1;

    /// <summary>OODS's <c>batch_size</c> (and the baseline's largest transaction).</summary>
    public int BatchSize { get; init; } = 20;

    /// <summary>Scenarios to run (steady, burst, backlog); all when empty.</summary>
    public IReadOnlyList<string> Only { get; init; } = [];

    /// <summary>Systems to run (baseline, sqlite, postgres); all when empty.</summary>
    public IReadOnlyList<string> Systems { get; init; } = [];

    /// <summary>Write one amplifier's pixel data (4.7 MB) into each raw.</summary>
    public bool Pixels { get; init; }

    /// <summary>PostgreSQL connection string (else OODS_TEST_POSTGRES).</summary>
    public string? Postgres { get; init; } = Environment.GetEnvironmentVariable("OODS_TEST_POSTGRES");

    /// <summary>The <c>oods.dll</c> to run (default: this checkout's build of the same configuration).</summary>
    public string? Oods { get; init; }

    /// <summary>Where run directories go.</summary>
    public string Work { get; init; } = Path.GetTempPath();

    /// <summary>Files in the backlog scenario (default 10 000; 2 000 with <see cref="Quick"/>).</summary>
    public int? BacklogFiles { get; init; }

    /// <summary>Keep run directories.</summary>
    public bool Keep { get; init; }

    /// <summary>Parses the arguments.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentException">An unknown or incomplete argument.</exception>
    public static DriverOptions Parse(IReadOnlyList<string> args)
    {
        var options = new DriverOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => ++i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");
            options = args[i] switch
            {
                "--quick" => options with { Quick = true },
                "--repeat" => options with { Repeat = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--batch-size" => options with { BatchSize = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--only" => options with { Only = Value().Split(',') },
                "--systems" => options with { Systems = Value().Split(',') },
                "--pixels" => options with { Pixels = true },
                "--postgres" => options with { Postgres = Value() },
                "--oods" => options with { Oods = Value() },
                "--work" => options with { Work = Value() },
                "--keep" => options with { Keep = true },
                "--backlog" => options with { BacklogFiles = int.Parse(Value(), CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown argument {args[i]}"),
            };
        }

        return options;
    }
}
