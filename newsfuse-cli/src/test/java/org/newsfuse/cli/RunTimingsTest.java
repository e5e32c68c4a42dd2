package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --timings}: where the time went, on stderr; stdout and the reports as without it. */
class RunTimingsTest {
    @TempDir
    Path dir;

    private static final String[] TEXTS = {
        "Floodwater closed the main road into Harwick on Monday after the river Lenn rose two metres overnight, "
                + "the county council said.\n\nCrews placed sandbags along the quay.",
        "The river Lenn burst its banks at Harwick overnight, closing the main road on Monday, council officials "
                + "said.\n\nResidents of the lower town were told to move valuables upstairs.",
        "Voters in Orlo elect a new mayor on Sunday after a campaign dominated by bus fares and housing.\n\n"
                + "Polls open at eight in the morning.",
    };

    @Test
    void timingsGoToStderrWithEveryStageAndThePhases() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        for (int i = 0; i < TEXTS.length; i++) {
            Files.writeString(in.resolve("t" + i + ".txt"), TEXTS[i]);
        }
        CliRunner.Outcome plain = CliRunner.run("run", in.toString(), "--out", dir.resolve("a").toString());
        CliRunner.Outcome timed = CliRunner.run("run", "--timings", in.toString(), "--out", dir.resolve("b").toString());
        assertEquals(0, timed.exit(), timed.err());
        assertEquals(plain.out().replace(dir.resolve("a").toString(), "OUT"), timed.out().replace(dir.resolve("b").toString(), "OUT"));
        assertFalse(timed.out().contains("timings"), "stdout carries only the account");
        Matcher m = Pattern.compile("timings: (\\d+) documents, (\\d+) articles, (\\d+) stories").matcher(timed.err());
        assertTrue(m.find(), timed.err());
        assertEquals("3", m.group(1));
        assertEquals("3", m.group(2));
        for (String stage : new String[] {"read", "clean", "dedup-paragraphs", "nlp", "copies+clustering", "entities",
            "quotes", "summarize", "compare", "write reports", "read + article stages", "story stages"}) {
            assertTrue(timed.err().contains("\n" + stage + " "), stage + " missing from\n" + timed.err());
        }
        Matcher nlp = Pattern.compile("\nnlp +(\\d+) ").matcher(timed.err());
        assertTrue(nlp.find());
        assertEquals("3", nlp.group(1), "one nlp item per article");
        assertFalse(plain.err().contains("timings"));
        assertEquals(Files.readString(dir.resolve("a").resolve("stories.json")).replaceAll("\"generated\"[^,]*,", ""),
                Files.readString(dir.resolve("b").resolve("stories.json")).replaceAll("\"generated\"[^,]*,", ""));
    }
}
