package org.newsfuse.eval.duc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DUC reader on a tiny invented corpus. */
class DucCorpusTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private DucCorpus corpus() throws IOException {
        write("c002/docs/D1.txt", "Only doc.\n");
        write("c002/refs/a.txt", "Ref.\n");
        write("c001/docs/D10.txt", "Tenth document.\n");
        write("c001/docs/D2.txt", "\nThe council met on \nMonday to vote. \n\nA second  \nparagraph.\n\n\n");
        write("c001/refs/b.txt", "Second reference.\n");
        write("c001/refs/a.txt", "First sentence.\n\nSecond sentence.\n");
        write("c001/peers/Lead.txt", "Lead summary. \n");
        write("c001/peers/Beta.txt", "Beta summary.");
        write("notes/readme.txt", "not a cluster");
        return DucCorpus.open(root);
    }

    @Test
    void listsClustersInOrder() throws IOException {
        List<DucCluster> clusters = corpus().clusters();
        assertEquals(List.of("c001", "c002"), clusters.stream().map(DucCluster::id).toList());
    }

    @Test
    void joinsHardWrappedLinesIntoParagraphs() throws IOException {
        List<DucDocument> docs = corpus().cluster("c001").documents();
        assertEquals(List.of("D2", "D10"), docs.stream().map(DucDocument::id).toList(), "numeric order");
        DucDocument d2 = docs.get(0);
        assertEquals(List.of("The council met on Monday to vote.", "A second paragraph."), d2.paragraphs());
        assertEquals("The council met on Monday to vote.\n\nA second paragraph.", d2.text());
    }

    @Test
    void readsReferencesAndPeersAsLines() throws IOException {
        DucCluster c = corpus().cluster("c001");
        assertEquals(List.of("a", "b"), List.copyOf(c.references().keySet()));
        assertEquals(List.of("First sentence.", "Second sentence."), c.references().get("a"));
        assertEquals(List.of("Beta", "Lead"), c.systems());
        assertEquals(List.of("Lead summary. "), c.peers().get("Lead"), "lines are kept as written");
        assertTrue(corpus().cluster("c002").peers().isEmpty());
    }

    @Test
    void unknownClusterIsAnError() throws IOException {
        DucCorpus corpus = corpus();
        assertThrows(IllegalArgumentException.class, () -> corpus.cluster("notes"));
        assertTrue(corpus.officialScores().isEmpty());
    }

    @Test
    void locatesSharedThroughTheSystemProperty() throws IOException {
        Files.createDirectories(root.resolve("eval/duc2004"));
        String before = System.getProperty(DucCorpus.SHARED_PROPERTY);
        try {
            System.setProperty(DucCorpus.SHARED_PROPERTY, root.toString());
            assertEquals(root.resolve("eval/duc2004"), DucCorpus.locateDuc2004().orElseThrow());
            System.setProperty(DucCorpus.SHARED_PROPERTY, root.resolve("nowhere").toString());
            assertTrue(DucCorpus.locateDuc2004().isEmpty());
        } finally {
            if (before == null) {
                System.clearProperty(DucCorpus.SHARED_PROPERTY);
            } else {
                System.setProperty(DucCorpus.SHARED_PROPERTY, before);
            }
        }
    }

    @Test
    void naturalOrderSortsNumberedNames() {
        assertTrue(DucCluster.naturalOrder("D2", "D10") < 0);
        assertTrue(DucCluster.naturalOrder("D10", "D9") > 0);
        assertTrue(DucCluster.naturalOrder("a", "b") < 0);
    }
}
