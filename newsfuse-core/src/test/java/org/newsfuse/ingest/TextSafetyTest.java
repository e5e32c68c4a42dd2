package org.newsfuse.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsfuse.pipeline.DocumentError;

class TextSafetyTest {
    @Test
    void loneSurrogatesBecomeReplacementCharactersAndPairsStay() {
        TextSafety.Cleaned c = TextSafety.text("a\udfffb\ud83d\ude00c\ud800");
        assertEquals("a\uFFFDb\ud83d\ude00c\uFFFD", c.value());
        assertEquals(2, c.surrogates());
        assertTrue(c.what().contains("2 lone UTF-16 surrogates replaced with U+FFFD"), c.what());
    }

    @Test
    void controlsAreDroppedFromTextAndLineBreaksFlattenedInFields() {
        assertEquals("one\ntwo\tthree[1m", TextSafety.text("one\ntwo\tthree\u001b[1m\u0000\u0085").value());
        assertEquals("Title  on one line", TextSafety.field("Title\r\non one line").value());
        TextSafety.Cleaned longField = TextSafety.field("x".repeat(5000));
        assertEquals(TextSafety.MAX_FIELD_CHARS, longField.value().length());
        assertTrue(longField.cut());
    }

    @Test
    void messagesEscapeControlCharactersSoOneProblemIsOneLine() {
        DocumentError e = DocumentError.error("bad\nname\u001b[31m.txt", "read", "binary \u202e");
        assertEquals("newsfuse: bad\\nname\\x1b[31m.txt: binary \\u202e", e.line());
        assertEquals("plain", DocumentError.escape("plain"));
        assertEquals("pair \ud83d\ude00 lone \\udfff", DocumentError.escape("pair \ud83d\ude00 lone \udfff"));
    }
}
