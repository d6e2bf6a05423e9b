using System.Reflection;
using Microsoft.Extensions.Logging;

namespace Oods.Host.Tests;

/// <summary>Log event ids are the operators' search keys: each must be used once, inside its feature's block.</summary>
public sealed class LogEventIdTests
{
    private static readonly string[] Assemblies = ["oods", "Oods.Core", "Oods.Butler", "Oods.Fits", "Oods.Csc", "Oods.Status"];

    [Fact]
    public void LoggerMessages_EventIds_AreUniqueAndInTheirBlocks()
    {
        var messages = Assemblies
            .Select(TryLoad)
            .OfType<Assembly>()
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(m => (Method: $"{m.DeclaringType!.FullName}.{m.Name}", Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(x => x.Attribute is not null)
            .ToList();

        Assert.NotEmpty(messages);
        var duplicates = messages.GroupBy(m => m.Attribute!.EventId).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(m => m.Method))}").ToList();
        Assert.Empty(duplicates);
        var outOfRange = messages.Where(m => m.Attribute!.EventId is < 1000 or > 9999).Select(m => $"{m.Attribute!.EventId} {m.Method}").ToList();
        Assert.Empty(outOfRange);
    }

    private static Assembly? TryLoad(string name)
    {
        try
        {
            return Assembly.Load(name);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }
}
