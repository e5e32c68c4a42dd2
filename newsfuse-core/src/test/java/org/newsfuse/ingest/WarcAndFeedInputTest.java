package org.newsfuse.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.SourceFormat;
import org.newsfuse.pipeline.DocumentError;

class WarcAndFeedInputTest {
    @TempDir
    Path dir;

    private final List<DocumentError> errors = new ArrayList<>();

    private List<RawDocument> read(Path... paths) {
        List<String> names = Arrays.stream(paths).map(Path::toString).toList();
        return new InputReader(new ByteArrayInputStream(new byte[0])).read(names, errors::add);
    }

    static byte[] warcResponse(String uri, String contentType, String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] block = new byte[http.length + body.length];
        System.arraycopy(http, 0, block, 0, http.length);
        System.arraycopy(body, 0, block, http.length, body.length);
        String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(uri.getBytes())
                + ">\r\nWARC-Date: 2024-05-06T07:08:09Z\r\nWARC-Target-URI: " + uri
                + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + block.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(out)) {
            g.write(b);
        }
        return out.toByteArray();
    }

    private static final String PAGE = "<html><head><title>Harbour reopens</title></head><body><p>The harbour of Velby "
            + "reopened on Monday after two weeks of repairs, the port authority said.</p></body></html>";

    @Test
    void htmlResponsesBecomeDocumentsWithTheirUriAndCaptureDate() throws Exception {
        ByteArrayOutputStream w = new ByteArrayOutputStream();
        w.writeBytes(gzip(warcResponse("https://news.example/a", "text/html; charset=utf-8", PAGE)));
        w.writeBytes(gzip(warcResponse("https://news.example/logo.png", "image/png", "PNGDATA")));
        w.writeBytes(gzip(warcResponse("https://news.example/b", "text/html", PAGE.replace("Monday", "Tuesday"))));
        Path f = dir.resolve("crawl.warc.gz");
        Files.write(f, w.toByteArray());
        List<RawDocument> docs = read(f);
        assertEquals(2, docs.size(), errors.toString());
        assertEquals(SourceFormat.HTML, docs.get(0).format());
        assertEquals("https://news.example/a", docs.get(0).given("url"));
        assertEquals("2024-05-06T07:08:09Z", docs.get(0).given("crawled"));
        assertTrue(docs.get(0).input().startsWith(f + "@"));
        assertTrue(docs.get(1).content().contains("Tuesday"));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aTruncatedWarcKeepsWhatCameBeforeAndSaysWhere() throws Exception {
        byte[] one = warcResponse("https://news.example/a", "text/html", PAGE);
        byte[] two = warcResponse("https://news.example/b", "text/html", PAGE);
        byte[] all = new byte[one.length + two.length / 2];
        System.arraycopy(one, 0, all, 0, one.length);
        System.arraycopy(two, 0, all, one.length, two.length / 2);
        Path f = dir.resolve("cut.warc");
        Files.write(f, all);
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "A separate article that must still be read.");
        List<RawDocument> docs = read(f, good);
        assertEquals(2, docs.size(), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.fatal() && e.input().startsWith(f.toString())), errors.toString());
    }

    @Test
    void feedsGiveFullItemsAndReportSummaryOnlyItems() throws Exception {
        String body = "The lighthouse at Skarn Point will be restored over the summer. ".repeat(30);
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                + "<channel><title>Island Gazette</title><link>https://gazette.example</link><description>d</description>"
                + "<item><title>Lighthouse to be restored</title><link>https://gazette.example/lighthouse</link>"
                + "<pubDate>Tue, 02 Apr 2024 10:00:00 GMT</pubDate><author>editor@gazette.example (Ruth Alder)</author>"
                + "<content:encoded><![CDATA[<p>" + body + "</p>]]></content:encoded></item>"
                + "<item><title>Ferry times change</title><link>https://gazette.example/ferry</link>"
                + "<description>New timetable from May.</description></item></channel></rss>";
        Path f = dir.resolve("gazette.rss");
        Files.writeString(f, rss);
        List<RawDocument> docs = read(f);
        assertEquals(1, docs.size(), errors.toString());
        RawDocument d = docs.get(0);
        assertEquals("Lighthouse to be restored", d.given("title"));
        assertEquals("https://gazette.example/lighthouse", d.given("url"));
        assertEquals("Island Gazette", d.given("outlet"));
        assertEquals("2024-04-02", d.given("published"));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).input().endsWith("gazette.rss#2") && errors.get(0).message().contains("only a summary"));
        assertFalse(errors.get(0).fatal());
    }

    @Test
    void atomFeedIsRead() throws Exception {
        String body = "Divers found the wreck of the schooner Maren off the north cape on Sunday. ".repeat(25);
        String atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Cape Post</title><id>urn:x</id><updated>2024-06-01T00:00:00Z</updated>"
                + "<entry><title>Wreck found</title><id>urn:y</id><link href=\"https://capepost.example/wreck\"/>"
                + "<published>2024-06-02T09:00:00Z</published><updated>2024-06-02T09:00:00Z</updated>"
                + "<author><name>Oda Brenn</name></author><content type=\"html\">&lt;p&gt;" + body + "&lt;/p&gt;</content></entry></feed>";
        Path f = dir.resolve("cape.atom");
        Files.writeString(f, atom);
        List<RawDocument> docs = read(f);
        assertEquals(1, docs.size(), errors.toString());
        assertEquals("Oda Brenn", docs.get(0).given("byline"));
        assertEquals("2024-06-02", docs.get(0).given("published"));
    }

    /** Every WARC/ARC test file of ../shared/eval/warc (real records and broken ones) is read or rejected by name. */
    @Test
    void everySharedWarcFileIsReadOrRejectedClearly() throws Exception {
        Path shared = null;
        for (Path d = Path.of("").toAbsolutePath(); d != null && shared == null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("shared/eval/warc"))) {
                shared = d.resolve("shared/eval/warc");
            }
        }
        if (shared == null) {
            System.err.println("SKIPPED: ../shared/eval/warc not found");
        }
        Assumptions.assumeTrue(shared != null, "../shared/eval/warc not found: skipping the bad-input WARC corpus");
        List<Path> files;
        try (Stream<Path> s = Files.walk(shared)) {
            files = s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().matches(".*\\.w?arc.*")).sorted().toList();
        }
        assertTrue(files.size() >= 20, "files: " + files.size());
        for (Path f : files) {
            errors.clear();
            List<RawDocument> docs = read(f);
            boolean rejected = errors.stream().anyMatch(e -> e.fatal() && e.input().startsWith(f.toString()) && !e.message().isBlank());
            assertTrue(!docs.isEmpty() || rejected, f + " was neither read nor rejected: " + errors);
        }
    }
}
