package org.newsfuse.eval;

import java.util.ServiceLoader;
import org.newsfuse.cli.CommandContribution;
import org.newsfuse.cli.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsfuse eval}: the evaluations, one subcommand per data set. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Score newsfuse on public evaluation sets (read from ../shared/eval), next to the",
                "published figures of peer systems; print a table and write a report."})
public final class EvalCommand implements Runnable, CommandContribution {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    @Override
    public Object command() {
        CommandLine cl = new CommandLine(new EvalCommand());
        for (EvalSubcommand s : ServiceLoader.load(EvalSubcommand.class)) {
            cl.addSubcommand(s.command());
        }
        return cl;
    }
}
