package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsfuse serve} as a child process: prints its address, answers there, stops cleanly on a signal. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void servesOnLoopbackPrintsTheAddressAndStopsOnASignal() throws Exception {
        Path db = dir.resolve("s.db");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "org.newsfuse.cli.Main", "serve", "--db", db.toString(),
                "--port", "0").redirectError(err.toFile()).start();
        try {
            String url;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                url = out.readLine();
                assertTrue(url != null && url.matches("http://127\\.0\\.0\\.1:\\d+/"), "the address on stdout: " + url
                        + " / " + Files.readString(err));
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "api/health"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode());
                assertTrue(r.body().contains("\"writes\":false"), r.body());
                p.destroy(); // SIGTERM, as a service manager stops it (Ctrl-C is SIGINT: the same shutdown path)
                assertTrue(p.waitFor(30, TimeUnit.SECONDS), "it stops");
            }
            String log = Files.readString(err);
            assertTrue(log.contains("newsfuse: serve: stopping"), log);
            assertTrue(Files.exists(db), "the store was made");
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void aMissingFolderOrABadPortIsOneErrorLine() {
        CliRunner.Outcome o = CliRunner.run("serve", "--db", dir.resolve("no/such/s.db").toString(), "--port", "0");
        assertEquals(2, o.exit());
        assertEquals(List.of("newsfuse: " + dir.resolve("no/such/s.db") + ": its folder does not exist"), o.err().lines().toList());
        CliRunner.Outcome port = CliRunner.run("serve", "--port", "70000");
        assertEquals(2, port.exit());
        assertTrue(port.err().contains("the port must be between 0 and 65535"), port.err());
        CliRunner.Outcome threads = CliRunner.run("serve", "--port", "0", "--http-threads", "2");
        assertEquals(2, threads.exit());
        assertEquals(List.of("newsfuse: serve: the HTTP threads must be at least 4, not 2"), threads.err().lines().toList());
    }
}
