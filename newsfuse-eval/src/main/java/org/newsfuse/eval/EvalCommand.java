package org.newsfuse.eval;

import java.util.ServiceLoader;
import org.newsfuse.cli.CommandContribution;
import org.newsfuse.cli.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsfuse eval}: the evaluations, one subcommand per data set. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Score newsfuse on public evaluation sets (read from ../shared/eval) next to the published "
                + "figures of peer systems.",
                "Each evaluation prints its table; with --report it also writes its section of docs/benchmarks.md."})
public final class EvalCommand implements java.util.concurrent.Callable<Integer>, CommandContribution {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        System.err.println("newsfuse: eval: no evaluation given; try 'newsfuse eval --help' (evaluations: "
                + String.join(", ", spec.subcommands().keySet()) + ")");
        return 2;
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
