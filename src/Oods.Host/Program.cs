using System.CommandLine;
using Oods.Host.Cli;

// The Generic Host handles SIGTERM and Ctrl+C for `oods run`; the parser must not race it for them.
var configuration = new InvocationConfiguration { ProcessTerminationTimeout = null };
try
{
    return await OodsCommandLine.Build().Parse(args).InvokeAsync(configuration);
}
finally
{
    NLog.LogManager.Shutdown();
}
