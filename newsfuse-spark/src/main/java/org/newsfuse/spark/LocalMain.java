package org.newsfuse.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The local runner's entry point ({@code ./newsfuse spark ...} and {@code ./newsfuse eval spark-...}):
 * the job jar plus Spark on the class path, the job in-process.
 */
@Command(name = "newsfuse", subcommands = {SparkCommand.class, org.newsfuse.spark.eval.SparkEvalCommand.class})
public final class LocalMain {
    public static void main(String[] args) {
        System.exit(new CommandLine(new LocalMain()).execute(args));
    }
}
