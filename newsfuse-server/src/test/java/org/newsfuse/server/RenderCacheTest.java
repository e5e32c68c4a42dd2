package org.newsfuse.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RenderCacheTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anEntryIsFreshAtItsVersionOnlyAndRevalidatedByItsStamp() {
        RenderCache c = new RenderCache(1000);
        c.put("s1", 7, "a", "page one");
        assertArrayEquals(b("page one"), c.fresh("s1", 7));
        assertNull(c.fresh("s1", 8), "a commit since makes it unknown");
        assertNull(c.revalidate("s1", "b", 8), "the story changed: not the same");
        assertArrayEquals(b("page one"), c.revalidate("s1", "a", 8), "the story is unchanged: kept");
        assertArrayEquals(b("page one"), c.fresh("s1", 8), "and now fresh at the new version");
        assertNull(c.fresh("s2", 8));
    }

    @Test
    void theLeastRecentlyUsedGoFirstOverTheBudget() {
        RenderCache c = new RenderCache(40);
        for (String k : new String[] {"a", "b", "c", "d"}) {
            c.put(k, 1, "", "0123456789");
        }
        c.fresh("a", 1);
        c.put("e", 1, "", "9876543210");
        assertNull(c.fresh("b", 1), "b was used least recently");
        for (String k : new String[] {"a", "c", "d"}) {
            assertArrayEquals(b("0123456789"), c.fresh(k, 1), k);
        }
        assertArrayEquals(b("9876543210"), c.fresh("e", 1));
        assertArrayEquals(b("0123456789a"), c.put("f", 1, "", "0123456789a"), "a value over a quarter of the budget is sent");
        assertNull(c.fresh("f", 1), "but not kept");
    }
}
