package org.newsfuse.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsfuse spark INPUT... --out DIR}: the Spark job, run in-process on this machine. */
@Command(name = "spark", mixinStandardHelpOptions = true, versionProvider = org.newsfuse.cli.Version.class,
        description = {"Run the Spark job in this process (Spark local mode): the same job spark-submit runs on a cluster. "
                + "Writes DIR/stories.jsonl (one story.json per line, biggest story first) and DIR/articles.jsonl, or "
                + "with --format parquet DIR/stories.parquet and DIR/articles.parquet.",
                "",
                "INPUT is a file or folder (WARC/ARC .warc[.gz], .jsonl, .txt, .html, RSS/Atom), local or any Hadoop path."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stories were written", "1:the job failed", "2:no article could be processed, or the options are wrong"})
public final class SparkCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders.")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "newsfuse-out/spark",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--master", paramLabel = "MASTER", defaultValue = "local[*]",
            description = "Spark master: local[N] runs N executor threads (default: ${DEFAULT-VALUE}).")
    String master;

    @Mixin
    JobSettings settings;

    @Override
    public Integer call() throws Exception {
        JobOptions o;
        try {
            o = settings.options(inputs, out.toAbsolutePath().toString());
        } catch (IllegalArgumentException e) {
            System.err.println("newsfuse spark: " + e.getMessage());
            return 2;
        }
        if (!master.startsWith("local")) {
            System.err.println("newsfuse spark: --master must be local or local[N]: use spark-submit for a cluster (README.md)");
            return 2;
        }
        SparkSession spark = localSession(master);
        try {
            return SparkJob.report(NewsfuseJob.run(spark, o, System.err), o);
        } finally {
            spark.stop();
        }
    }

    /** A local Spark session for this machine: no UI, quiet logs, small shuffles. */
    public static SparkSession localSession(String master) {
        SparkSession s = SparkSession.builder().appName("newsfuse").master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "8")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        s.sparkContext().setLogLevel("WARN");
        return s;
    }
}
