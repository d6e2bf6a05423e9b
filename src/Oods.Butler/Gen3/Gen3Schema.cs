namespace Oods.Butler.Gen3;

/// <summary>The embedded template of a fresh daf_butler 30.0.0 repository (universe 7): DDL, attributes, butler.yaml.</summary>
internal static class Gen3Schema
{
    /// <summary>The tag table's name in the template DDL; replaced by the real one when a tag table is created.</summary>
    public const string TemplateTagTable = "dataset_tags_00000001";

    private static readonly Lazy<string[]> Statements = new(() => Split(Read("gen3_daf_butler-30.0.0_universe7.sql")));

    /// <summary>The statements that create a fresh registry (lazily-created tables left out).</summary>
    public static IEnumerable<string> FreshRegistry =>
        Statements.Value.Where(s => !s.Contains(TemplateTagTable, StringComparison.Ordinal) && !s.Contains("file_datastore_records", StringComparison.Ordinal));

    /// <summary>The statements that create <c>file_datastore_records</c> and its index.</summary>
    public static IEnumerable<string> FileDatastoreRecords =>
        Statements.Value.Where(s => s.Contains("file_datastore_records", StringComparison.Ordinal));

    /// <summary>The statements that create a raw tag table under the given name.</summary>
    /// <param name="tableName">E.g. <c>dataset_tags_00000003</c>.</param>
    /// <returns>CREATE TABLE and CREATE INDEX statements.</returns>
    public static IEnumerable<string> TagTable(string tableName) =>
        Statements.Value.Where(s => s.Contains(TemplateTagTable, StringComparison.Ordinal))
            .Select(s => s.Replace(TemplateTagTable, tableName, StringComparison.Ordinal));

    /// <summary>The <c>butler_attributes</c> rows of a fresh repository, <c>config:dimensions.json</c> included.</summary>
    /// <returns>Name/value pairs.</returns>
    public static IEnumerable<(string Name, string Value)> Attributes()
    {
        foreach (var line in Read("butler_attributes-30.0.0.txt").Split('\n'))
        {
            var bar = line.IndexOf(" | ", StringComparison.Ordinal);
            if (bar > 0)
            {
                yield return (line[..bar], line[(bar + 3)..].TrimEnd('\r'));
            }
        }

        yield return ("config:dimensions.json", Read("dimensions-universe7.json").TrimEnd('\n'));
    }

    /// <summary>The <c>butler.yaml</c> that <c>butler create</c> writes.</summary>
    /// <returns>The file text.</returns>
    public static string ButlerYaml() => Read("butler.yaml");

    private static string[] Split(string sql) =>
        string.Join('\n', sql.Split('\n').Where(l => !l.StartsWith("--", StringComparison.Ordinal)))
            .Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.TrimEnd(';'))
            .Where(s => s.Length > 0)
            .ToArray();

    private static string Read(string name)
    {
        using var stream = typeof(Gen3Schema).Assembly.GetManifestResourceStream($"Oods.Butler.Gen3.Schema.{name}")
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
