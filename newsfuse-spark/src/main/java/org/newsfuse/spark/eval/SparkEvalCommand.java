package org.newsfuse.spark.eval;

import picocli.CommandLine.Command;

/** {@code newsfuse eval spark-...}: the Spark job's evaluations. */
@Command(name = "eval", description = "Evaluate the Spark job.", mixinStandardHelpOptions = true,
        subcommands = {AgreementCommand.class, ScaleCommand.class})
public final class SparkEvalCommand {
}
