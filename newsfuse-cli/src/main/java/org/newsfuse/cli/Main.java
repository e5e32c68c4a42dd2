package org.newsfuse.cli;

import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code newsfuse} command. */
@Command(name = "newsfuse", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Multi-source news story engine: many outlets' reports of one event in, one cited account out.",
        subcommands = {RunCommand.class, ExtractCommand.class, SummarizeCommand.class, QuotesCommand.class,
                DemoCommand.class, IngestCommand.class, StoriesCommand.class, ShowCommand.class, ExportCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    /** Builds the command line with every built-in and contributed subcommand. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        for (CommandContribution c : ServiceLoader.load(CommandContribution.class)) {
            Object cmd = c.command();
            if (cmd instanceof CommandLine sub) {
                cl.addSubcommand(sub.getCommandName(), sub);
            } else {
                cl.addSubcommand(cmd);
            }
        }
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
