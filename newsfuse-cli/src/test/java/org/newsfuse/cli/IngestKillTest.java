package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: a child JVM ingests while the test kills it (SIGKILL, no shutdown hooks) at random
 * moments, 20 times. After every kill the store passes integrity_check and holds every input the
 * child reported as stored exactly once; running the ingest to the end then gives the same stories
 * as an ingest that was never interrupted.
 */
class IngestKillTest {
    @TempDir
    Path dir;

    private static final int KILLS = 20;

    private Process child(List<Path> files, Path db, Path log) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.newsfuse.cli.Main", "ingest", "--db", db.toString(), "--batch", "1", "--threads", "1", "--log"));
        files.forEach(f -> cmd.add(f.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(false).redirectError(log.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void killedAtRandomMomentsLosesNothingReportedAndFinishesLikeAnUninterruptedIngest() throws Exception {
        List<Path> files = StoreTestSupport.demoFiles(dir.resolve("in")).subList(0, 8);
        // the reference: the same child ingest, never interrupted; its duration scales the kill moments to this machine
        Path reference = dir.resolve("reference.db");
        long t0 = System.nanoTime();
        Process whole = child(files, reference, dir.resolve("reference.log"));
        assertTrue(whole.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, whole.exitValue(), Files.readString(dir.resolve("reference.log")));
        long full = (System.nanoTime() - t0) / 1_000_000;

        SplittableRandom rnd = new SplittableRandom(14);
        Path db = dir.resolve("killed.db");
        int kills = 0;
        int finished = 0;
        int afterCommits = 0;
        int restarts = 0;
        int round = 0;
        while (kills < KILLS) {
            Path log = dir.resolve("child-" + round++ + ".log");
            Process p = child(files, db, log);
            // every other kill waits for the child's first reported commit, then strikes a moment later (the rest of a
            // child's life before that is JVM start and model loading); the others strike at any moment
            boolean exited;
            if (kills % 2 == 0) {
                long deadline = System.nanoTime() + full * 3_000_000L;
                while (p.isAlive() && System.nanoTime() < deadline && !Files.readString(log).contains("stored ")) {
                    Thread.sleep(10);
                }
                exited = p.waitFor(rnd.nextLong(400), TimeUnit.MILLISECONDS);
            } else {
                exited = p.waitFor(full / 10 + rnd.nextLong(Math.max(1, full * 9 / 10)), TimeUnit.MILLISECONDS);
            }
            if (exited) {
                assertEquals(0, p.exitValue(), Files.readString(log));
                finished++;
                deleteStore(db); // start again from nothing, so the kills keep landing mid-ingest
                continue;
            }
            p.destroyForcibly(); // SIGKILL on Linux
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            kills++;
            List<String> reported = new ArrayList<>();
            for (String line : Files.readAllLines(log)) {
                if (line.startsWith("stored ")) {
                    reported.add(line.substring("stored ".length()));
                }
            }
            afterCommits += reported.isEmpty() ? 0 : 1;
            if (!Files.exists(db)) {
                assertTrue(reported.isEmpty());
                continue;
            }
            assertEquals("ok", StoreTestSupport.rows(db, "PRAGMA integrity_check").get(0).get(0), "after kill " + kills);
            Map<String, Integer> stored = new HashMap<>();
            for (List<String> r : StoreTestSupport.rows(db, "SELECT input FROM articles UNION ALL SELECT input FROM article_copies")) {
                stored.merge(r.get(0), 1, Integer::sum);
            }
            for (String in : reported) {
                assertEquals(1, stored.getOrDefault(in, 0), in + " reported as stored, after kill " + kills);
            }
            stored.forEach((in, n) -> assertEquals(1, n, in + " stored twice"));
            assertEquals(List.of(), StoreTestSupport.rows(db, "PRAGMA foreign_key_check"));
            if (stored.size() == files.size() && kills < KILLS) {
                restarts++; // complete already: start again from nothing, so the next kills land mid-ingest again
                deleteStore(db);
            }
        }
        assertTrue(afterCommits >= KILLS / 4, "kills should land after a batch was committed, not only before: " + afterCommits);
        // finish the interrupted ingest
        CliRunner.Outcome last = CliRunner.run(StoreTestSupport.args(files, "ingest", "--db", db.toString(), "--batch", "2"));
        assertEquals(0, last.exit(), last.err());
        assertEquals(stories(reference), stories(db));
        assertEquals(String.valueOf(files.size()), StoreTestSupport.rows(db,
                "SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM article_copies)").get(0).get(0));
        System.out.println("IngestKillTest: uninterrupted child " + full + " ms; " + KILLS + " kills, " + finished + " child ingests finished before their kill, "
                + afterCommits + " kills after at least one reported commit, " + restarts + " restarts from an empty store");
    }

    private static void deleteStore(Path db) throws Exception {
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + "-wal"));
        Files.deleteIfExists(Path.of(db + "-shm"));
    }

    /** The stories as sets of input file names, with their headlines. */
    private static TreeSet<String> stories(Path db) throws Exception {
        TreeSet<String> out = new TreeSet<>();
        for (List<String> s : StoreTestSupport.rows(db, "SELECT id, headline FROM stories")) {
            TreeSet<String> in = new TreeSet<>();
            for (List<String> r : StoreTestSupport.rows(db, "SELECT input FROM articles WHERE story_id = '" + s.get(0)
                    + "' UNION SELECT c.input FROM article_copies c JOIN articles a ON a.id = c.article_id WHERE a.story_id = '"
                    + s.get(0) + "'")) {
                in.add(new File(r.get(0)).getName());
            }
            out.add(in + " " + s.get(1));
        }
        return out;
    }
}
