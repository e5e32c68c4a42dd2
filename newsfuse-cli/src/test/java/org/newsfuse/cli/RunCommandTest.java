package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir
    Path dir;

    private static final String A = "A fire broke out at the Elmstead paper mill on Wednesday night, and 40 workers were "
            + "evacuated without injury, the fire brigade said.\n\nThe blaze was brought under control by dawn.";
    private static final String B = "Forty workers were evacuated unhurt when fire swept through the Elmstead paper mill "
            + "on Wednesday night, according to the fire brigade.\n\nThe cause of the fire is not yet known.";

    @Test
    void writesTheThreeReportsAndReportsBadInputsWithoutStopping() throws Exception {
        Files.writeString(dir.resolve("a.txt"), A);
        Files.writeString(dir.resolve("b.txt"), B);
        Files.write(dir.resolve("c.txt"), new byte[] {1, 2, 0, 3});
        Path out = dir.resolve("out");
        CliRunner.Outcome o = CliRunner.run("run", dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString(),
                dir.resolve("c.txt").toString(), dir.resolve("nope.txt").toString(), "--out", out.toString());
        assertEquals(0, o.exit(), o.err());
        assertTrue(Files.exists(out.resolve("story.md")));
        assertTrue(Files.exists(out.resolve("story.html")));
        JsonNode json = new ObjectMapper().readTree(out.resolve("story.json").toFile());
        assertEquals(2, json.get("articles").size());
        assertTrue(json.get("summary").size() >= 1);
        assertTrue(json.get("quotes").isArray());
        assertTrue(json.get("entities").isArray());
        String[] errLines = o.err().strip().split("\n");
        assertEquals(2, errLines.length, o.err());
        assertTrue(errLines[0].contains("c.txt") && errLines[0].contains("binary"), o.err());
        assertTrue(errLines[1].contains("nope.txt") && errLines[1].contains("no such file"), o.err());
        assertTrue(o.out().contains("story.json"), o.out());
        assertFalse(o.out().contains("binary"), "problems go to stderr only");
    }

    @Test
    void strictTurnsABadInputIntoExitTwo() throws Exception {
        Files.writeString(dir.resolve("a.txt"), A);
        Files.writeString(dir.resolve("empty.txt"), "");
        CliRunner.Outcome o = CliRunner.run("run", "--strict", dir.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, o.exit());
        assertTrue(o.err().contains("empty.txt"));
        assertTrue(Files.exists(dir.resolve("out/story.json")), "the good inputs are still processed");
    }

    @Test
    void nothingProcessedIsExitTwo() throws Exception {
        Files.writeString(dir.resolve("bad.jsonl"), "{not json\n");
        CliRunner.Outcome o = CliRunner.run("run", dir.resolve("bad.jsonl").toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, o.exit());
        assertTrue(o.err().contains("bad.jsonl:1") && o.err().contains("malformed JSON"), o.err());
        assertFalse(Files.exists(dir.resolve("out/story.json")));
    }

    @Test
    void wordBudgetIsHonoured() throws Exception {
        Files.writeString(dir.resolve("a.txt"), A);
        Files.writeString(dir.resolve("b.txt"), B);
        CliRunner.Outcome o = CliRunner.run("run", dir.toString(), "--words", "30", "--out", dir.resolve("out").toString());
        assertEquals(0, o.exit());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("out/story.json").toFile());
        int words = 0;
        for (JsonNode s : json.get("summary")) {
            words += s.get("text").asText().split("\\s+").length;
        }
        assertTrue(words <= 32, "words " + words);
    }

    @Test
    void everyCommandHasHelpAndVersion() {
        for (String cmd : new String[] {"run", "demo"}) {
            CliRunner.Outcome o = CliRunner.run(cmd, "--help");
            assertEquals(0, o.exit());
            assertTrue(o.out().contains("Usage: newsfuse " + cmd), o.out());
        }
        CliRunner.Outcome v = CliRunner.run("--version");
        assertTrue(v.out().startsWith("newsfuse "), v.out());
    }
}
