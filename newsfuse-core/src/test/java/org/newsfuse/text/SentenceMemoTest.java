package org.newsfuse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SentenceMemoTest {
    @Test
    void computesOncePerTextAndKeepsAtMostItsCapacity() {
        AtomicInteger calls = new AtomicInteger();
        SentenceMemo<String> memo = new SentenceMemo<>(t -> {
            calls.incrementAndGet();
            return t.toUpperCase();
        }, 3);
        String first = memo.get("the toll rose to 47");
        assertSame(first, memo.get(new String("the toll rose to 47")));
        assertEquals(1, calls.get());
        memo.get("b");
        memo.get("c");
        memo.get("d");
        assertEquals(3, memo.size());
        memo.get("the toll rose to 47"); // the least recently used went first: computed again
        assertEquals(5, calls.get());
    }

    @Test
    void eachThreadHasItsOwn() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        SentenceMemo<Integer> memo = new SentenceMemo<>(t -> calls.incrementAndGet());
        memo.get("x");
        Thread other = new Thread(() -> memo.get("x"));
        other.start();
        other.join();
        assertEquals(2, calls.get());
    }
}
