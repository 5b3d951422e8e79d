using Committee.Cli;

return CommitteeApp.Run(args, CommandConsole.System());
