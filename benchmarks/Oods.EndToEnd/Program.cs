using Oods.EndToEnd;

return await EndToEndCommand.RunAsync(args);
