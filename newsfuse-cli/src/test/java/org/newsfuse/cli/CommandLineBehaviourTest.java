package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as people expect it: one-line errors with suggestions, exit codes, quiet and JSON modes. */
class CommandLineBehaviourTest {
    @TempDir
    Path dir;

    private static final String A = "Flood barriers held along the river Wend on Tuesday, the county engineer said. "
            + "Water rose to four metres at the Millbrook gauge before falling overnight, officials said.\n\n"
            + "About 300 residents of Lower Ashby spent the night in the school hall.";
    private static final String B = "Barriers on the Wend held on Tuesday as the water rose to four metres at Millbrook, "
            + "the county engineer said.\n\nAbout 300 Lower Ashby residents slept in the school hall.";

    private static void oneLine(CliRunner.Outcome o) {
        String err = o.err().strip();
        assertFalse(err.isEmpty());
        assertEquals(1, err.split("\n").length, err);
        assertTrue(err.startsWith("newsfuse: "), err);
    }

    @Test
    void wrongCommandLinesExitTwoWithOneLineAndASuggestion() {
        CliRunner.Outcome none = CliRunner.run();
        assertEquals(2, none.exit());
        oneLine(none);
        CliRunner.Outcome cmd = CliRunner.run("runn", "x.txt");
        assertEquals(2, cmd.exit());
        oneLine(cmd);
        assertTrue(cmd.err().contains("unknown command 'runn' (did you mean run?)"), cmd.err());
        CliRunner.Outcome opt = CliRunner.run("run", "--wrods", "5", "x.txt");
        assertEquals(2, opt.exit());
        oneLine(opt);
        assertTrue(opt.err().contains("unknown option '--wrods' (did you mean --words?)"), opt.err());
        CliRunner.Outcome missing = CliRunner.run("run");
        assertEquals(2, missing.exit());
        oneLine(missing);
        CliRunner.Outcome words = CliRunner.run("run", "--words", "2147483647", "x.txt");
        assertEquals(2, words.exit());
        oneLine(words);
        assertTrue(words.err().contains("--words must be between 1 and 100000"), words.err());
        CliRunner.Outcome bytes = CliRunner.run("run", "--max-bytes", "lots", "x.txt");
        assertEquals(2, bytes.exit());
        oneLine(bytes);
    }

    @Test
    void helpListsEveryCommandWithAWholeSentence() {
        CliRunner.Outcome h = CliRunner.run("--help");
        assertEquals(0, h.exit());
        assertTrue(h.out().contains("  eval "), h.out());
        String list = h.out().substring(h.out().indexOf("Commands:"));
        list = list.substring(0, list.indexOf("Exit codes:") > 0 ? list.indexOf("Exit codes:") : list.length()).strip() + "\n";
        for (String cmd : new String[] {"run", "extract", "summarize", "quotes", "demo", "help", "eval"}) {
            int at = list.indexOf("\n  " + cmd + " ");
            assertTrue(at >= 0, cmd + " listed: " + list);
            int next = list.indexOf("\n  ", at + 3);
            while (next >= 0 && list.charAt(next + 3) == ' ') {
                next = list.indexOf("\n  ", next + 3);
            }
            String entry = (next < 0 ? list.substring(at) : list.substring(at, next)).strip();
            assertTrue(entry.endsWith("."), "a whole sentence for " + cmd + ": " + entry);
        }
        CliRunner.Outcome run = CliRunner.run("run", "--help");
        for (String opt : new String[] {"--max-bytes", "--max-token", "--doc-timeout", "--quiet", "--json"}) {
            assertTrue(run.out().contains(opt), opt);
        }
    }

    @Test
    void outErrorsSayWhyAndAnEmptyOutIsRefused() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), A);
        CliRunner.Outcome empty = CliRunner.run("run", a.toString(), "--out", "");
        assertEquals(2, empty.exit());
        oneLine(empty);
        assertTrue(empty.err().contains("--out needs a folder name"), empty.err());
        Path file = Files.writeString(dir.resolve("file"), "x");
        CliRunner.Outcome isFile = CliRunner.run("run", a.toString(), "--out", file.toString());
        assertEquals(2, isFile.exit());
        assertTrue(isFile.err().contains("is a file, not a folder"), isFile.err());
        CliRunner.Outcome under = CliRunner.run("run", a.toString(), "--out", file.resolve("sub").toString());
        assertEquals(2, under.exit());
        assertTrue(under.err().contains("cannot create the folder: not a directory"), under.err());
    }

    @Test
    void jsonPrintsStoriesJsonAndQuietKeepsOnlyErrors() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), A);
        Path b = Files.writeString(dir.resolve("b.txt"), B);
        Path latin = dir.resolve("latin.txt");
        Files.write(latin, "Caf\u00e9 owners said the barriers held on Tuesday.".getBytes(StandardCharsets.ISO_8859_1));
        Path out = dir.resolve("out");
        CliRunner.Outcome o = CliRunner.run("run", a.toString(), b.toString(), latin.toString(), "nope.txt", "--json",
                "--quiet", "--out", out.toString());
        assertEquals(0, o.exit(), o.err());
        JsonNode stdout = new ObjectMapper().readTree(o.out());
        assertEquals(new ObjectMapper().readTree(out.resolve("stories.json").toFile()), stdout);
        assertTrue(stdout.has("stories"), o.out());
        assertEquals("newsfuse: nope.txt: no such file or folder", o.err().strip(), "errors only, no warning");
        CliRunner.Outcome loud = CliRunner.run("run", a.toString(), latin.toString(), "--out", out.toString());
        assertTrue(loud.err().contains("warning: not valid UTF-8"), loud.err());
    }

    @Test
    void aLoneSurrogateStillGivesReportsAndOddNamesAreEscaped() throws Exception {
        Path j = Files.writeString(dir.resolve("s.jsonl"), "{\"text\":\"" + A.replace("\n", "\\n")
                + "\",\"title\":\"Barriers \\udfff hold\"}\n{\"text\":\"" + B.replace("\n", "\\n") + "\"}\n");
        Path odd = dir.resolve("bad\nname\u001b[2J.txt");
        Files.write(odd, new byte[] {0, 1, 2, 3});
        Path out = dir.resolve("out");
        CliRunner.Outcome o = CliRunner.run("run", j.toString(), odd.toString(), "--out", out.toString());
        assertEquals(0, o.exit(), o.err());
        assertTrue(Files.readString(out.resolve("stories.json")).contains("\uFFFD"));
        for (String line : o.err().strip().split("\n")) {
            assertTrue(line.startsWith("newsfuse: "), line);
            assertFalse(line.contains("\u001b"), line);
        }
        assertTrue(o.err().contains("bad\\nname\\x1b[2J.txt: binary"), o.err());
    }
}
