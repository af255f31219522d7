// Entry point of the `debrief` command: builds the command tree and maps failures to exit codes.
using Debrief.Cli;

return CliApp.Run(args, Console.Out, Console.Error);
