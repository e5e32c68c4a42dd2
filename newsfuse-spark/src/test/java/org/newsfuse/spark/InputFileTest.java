package org.newsfuse.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfuse.ingest.InputReader;
import org.newsfuse.pipeline.DocumentError;

class InputFileTest {
    @Test
    void jsonLinesOverTheLimitOfOneInputAreReadLineByLine() {
        long limit = InputReader.MAX_FILE_BYTES;
        // 18 MB of JSON Lines: refused by a whole-file read before (the split started at 32 MiB)
        assertTrue(new InputFile(0, "wire.jsonl", "file:/tmp/wire.jsonl", limit + 1_600_000).splitByLine());
        assertTrue(new InputFile(0, "WIRE.NDJSON", "file:/tmp/WIRE.NDJSON", limit + 1).splitByLine());
        assertFalse(new InputFile(0, "wire.jsonl", "file:/tmp/wire.jsonl", limit).splitByLine());
        assertFalse(new InputFile(0, "page.txt", "file:/tmp/page.txt", limit + 1).splitByLine(),
                "a text file is one article: over the limit it is refused, not split");
    }

    @Test
    void aWholeFileOverTheLimitIsRefusedWithItsName() {
        List<DocumentError> errors = new ArrayList<>();
        InputFile big = new InputFile(3, "page.txt", "file:/nonexistent/page.txt", InputReader.MAX_FILE_BYTES + 1);
        assertFalse(DocumentSource.read(big, null, errors::add).hasNext());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).toString().contains("page.txt"), errors.get(0).toString());
    }
}
