package org.newsfuse.spark;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code spark-submit} entry point:
 * {@code spark-submit --class org.newsfuse.spark.SparkJob newsfuse-spark.jar --input PATH... --output PATH}.
 * The master, executors and memory come from spark-submit (README.md gives the lines).
 */
@Command(name = "newsfuse-spark", mixinStandardHelpOptions = true, versionProvider = org.newsfuse.cli.Version.class,
        description = {"Run newsfuse on a Spark cluster: WARC/WARC.gz, JSON Lines and text files in, stories out "
                + "(OUTPUT/stories.jsonl and OUTPUT/articles.jsonl, or Parquet). Problems are counted (Spark "
                + "accumulators) and logged, never fatal."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stories were written", "1:the job failed", "2:no article could be processed, or the options are wrong"})
public final class SparkJob implements Callable<Integer> {
    @Option(names = "--input", paramLabel = "PATH", arity = "1..*", required = true,
            description = "Files or folders on any Hadoop file system (hdfs://, s3a://, file:, ...).")
    List<String> inputs;

    @Option(names = "--output", paramLabel = "PATH", required = true, description = "Output folder.")
    String output;

    @Mixin
    JobSettings settings;

    @Override
    public Integer call() throws Exception {
        JobOptions o;
        try {
            o = settings.options(inputs, output);
        } catch (IllegalArgumentException e) {
            System.err.println("newsfuse: " + e.getMessage());
            return 2;
        }
        SparkSession spark = SparkSession.builder().appName("newsfuse").getOrCreate();
        try {
            return report(NewsfuseJob.run(spark, o, System.err), o);
        } finally {
            spark.stop();
        }
    }

    static int report(NewsfuseJob.Outcome r, JobOptions o) {
        for (String line : r.sample()) {
            System.err.println(line);
        }
        System.err.println("newsfuse spark: " + r.counters());
        if (r.stories() == 0) {
            System.err.println("newsfuse: no article could be processed");
            return 2;
        }
        System.out.println(r.stories() + " stories (" + r.topics() + " topics) from " + r.articles() + " articles in "
                + o.output());
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkJob()).execute(args));
    }
}
