package org.newsfuse.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.SourceFormat;
import org.newsfuse.report.InputNames;

class OutletNamesTest {
    @Test
    void displayNamesAreNormalised() {
        assertEquals("The Wall Street Journal", OutletNames.normalise("WSJ"));
        assertEquals("The Wall Street Journal", OutletNames.normalise("wsj.com"));
        assertEquals("The New York Times", OutletNames.normalise("nytimes.com"));
        assertEquals("News Nation", OutletNames.normalise("https://www.newsnation.in"));
        assertEquals("smalltownpaper.org", OutletNames.normalise("https://www.smalltownpaper.org/news/1"),
                "an unknown site is shown by its registered domain, never as a URL");
        assertNull(OutletNames.normalise("Hosted"), "page furniture names no outlet");
        assertEquals("NJ.com", OutletNames.siteName("nj", "https://www.nj.com/news/a.html"));
        assertEquals("BBC News", OutletNames.forUrl("https://news.bbc.co.uk/2/hi/world.stm"));
        assertEquals("bbc.co.uk", OutletNames.registeredDomain("news.bbc.co.uk"));
        assertEquals("Harbor Ledger", OutletNames.normalise("  Harbor   Ledger "), "a name as written, blanks tidied");
    }

    @Test
    void rulesMatchFileNameGlobsAndUrlHosts() {
        OutletRules r = OutletRules.parse(List.of("# seeds", "000_*.txt\tAnadolu Agency", "D?.txt\tWire One",
                "example-news.org\tExample News", ""), "rules");
        assertEquals("Anadolu Agency", r.outletFor("../shared/seeds/000_fac8.txt", null));
        assertEquals("Wire One", r.outletFor("/data/d30001/docs/D7.txt", null));
        assertNull(r.outletFor("/data/d30001/docs/D10.txt", null), "D? is one character");
        assertEquals("Example News", r.outletFor("page.html", "https://www.example-news.org/a/b"));
        assertEquals("Example News", r.outletFor("feed.jsonl:3", "https://live.example-news.org/x"));
        RawDocument given = new RawDocument("000_a.txt", SourceFormat.TEXT, "x", Map.of("outlet", "Own Name"));
        assertEquals("Own Name", r.apply(given).given("outlet"), "an outlet the input gives is kept");
        RawDocument bare = new RawDocument("000_a.txt", SourceFormat.TEXT, "x", Map.of());
        assertEquals("Anadolu Agency", r.apply(bare).given("outlet"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OutletRules.parse(List.of("no tab here"), "my.outlets"));
        assertTrue(e.getMessage().startsWith("my.outlets:1:"), e.getMessage());
    }

    @Test
    void reportsNeverShowAbsolutePaths() {
        Path cwd = Path.of("").toAbsolutePath();
        assertEquals("in/a.txt", InputNames.display(cwd.resolve("in").resolve("a.txt").toString(), cwd));
        assertEquals("a.txt", InputNames.display("/srv/data/a.txt", cwd));
        assertEquals("feed.jsonl:12", InputNames.display("/srv/data/feed.jsonl:12", cwd));
        assertEquals("crawl.warc.gz@4096", InputNames.display("/srv/crawl.warc.gz@4096", cwd));
        assertEquals("../shared/seeds/000.txt", InputNames.display("../shared/seeds/000.txt", cwd));
        assertEquals("stdin:2", InputNames.display("stdin:2", cwd));
    }

    @Test
    void wireCreditsNameTheOutlet() {
        assertEquals("The Associated Press", new OutletFinder().find("WASHINGTON (AP) — The Senate voted on Friday.\n"));
        assertEquals("Reuters", new OutletFinder().find("LONDON (Reuters) - Shares fell.\n"));
    }
}
