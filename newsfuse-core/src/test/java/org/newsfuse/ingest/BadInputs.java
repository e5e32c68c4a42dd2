package org.newsfuse.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * The bad-input corpus, generated (no third-party file): each case is a file name and its bytes,
 * with a fragment the message about it must contain (null when the input is fine once repaired and
 * must become an article). Every text is invented.
 */
final class BadInputs {
    private BadInputs() {
    }

    /** Marks a case that must end as an article or, on a slow machine, as an overrun of the time budget. */
    static final String ARTICLE_OR_BUDGET = "time budget";

    /** One case: its file's bytes and what the message naming it must say (null: no error, an article). */
    record Case(byte[] bytes, String expect) {
    }

    static final String GOOD = "Flood barriers held along the river Wend on Tuesday, the county engineer said. "
            + "Water rose to four metres at the Millbrook gauge before falling overnight, officials said. "
            + "About 300 residents of Lower Ashby spent the night in the school hall. "
            + "The engineer, Maria Tolland, said the barriers were built after the 2019 floods. "
            + "\"They did exactly what they were designed to do,\" Tolland said. "
            + "Roads into the village reopened on Wednesday morning.\n";

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }

    /** gzip of {@code n} zero bytes, written in chunks (a "bomb": tiny compressed, huge decompressed). */
    static byte[] gzipZeros(long n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[1 << 20];
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
            for (long left = n; left > 0; left -= chunk.length) {
                gz.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
        }
        return out.toByteArray();
    }

    static String page(String title, String body) {
        return "<!doctype html><html><head><title>" + title + "</title></head><body><article><h1>" + title
                + "</h1><p>" + body + "</p></article></body></html>";
    }

    /** A WARC response record holding {@code http} (HTTP head and body bytes). */
    static byte[] warcResponse(String uri, byte[] http) {
        String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:6d2a1b36-1b2c-4b1a-9d1e-"
                + String.format("%012x", Math.abs((long) uri.hashCode())) + ">\r\nWARC-Date: 2026-03-01T10:00:00Z\r\n"
                + "WARC-Target-URI: " + uri + "\r\nContent-Type: application/http; msgtype=response\r\n"
                + "Content-Length: " + http.length + "\r\n\r\n";
        return concat(utf8(head), http, utf8("\r\n\r\n"));
    }

    static byte[] httpHtml(byte[] body, String extraHeaders) {
        return concat(utf8("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + extraHeaders
                + "Content-Length: " + body.length + "\r\n\r\n"), body);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static String feed(String doctype, String itemBody) {
        return "<?xml version=\"1.0\"?>\n" + doctype + "<rss version=\"0.91\"><channel><title>Wend Gazette</title>"
                + "<link>https://wend.example/</link><description>News</description><item><title>Barriers hold"
                + "</title><link>https://wend.example/a</link><description><![CDATA[" + itemBody
                + "]]></description></item></channel></rss>\n";
    }

    /** Long article text for a feed item (a feed item needs 120 words to count as an article). */
    static String longText() {
        StringBuilder sb = new StringBuilder("<p>");
        for (int i = 0; i < 4; i++) {
            sb.append(GOOD.strip()).append(' ');
        }
        return sb.append("</p>").toString();
    }

    /** The corpus. Sizes stay small enough for a test run of seconds; the limits are set to match. */
    static Map<String, Case> corpus(long maxBytes) throws IOException {
        Map<String, Case> m = new LinkedHashMap<>();
        Random r = new Random(12);
        byte[] random = new byte[200_000];
        r.nextBytes(random);
        m.put("random.txt", new Case(random, "binary"));
        m.put("random.html", new Case(random, "binary"));
        m.put("random.jsonl", new Case(random, "binary"));
        m.put("random.rss", new Case(random, "binary"));
        m.put("random.warc", new Case(random, "warc"));
        m.put("empty.txt", new Case(new byte[0], "empty"));
        m.put("blank.txt", new Case(utf8(" \n\t\n"), "white space"));
        m.put("zipped.txt", new Case(gzip(utf8(GOOD)), "gzip"));
        byte[] warc = warcResponse("https://wend.example/x", httpHtml(utf8(page("Barriers", GOOD)), ""));
        byte[] gzWarc = gzip(warc);
        m.put("truncated.warc.gz", new Case(Arrays.copyOf(gzWarc, gzWarc.length / 2), "warc"));
        m.put("broken.warc", new Case(utf8("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\nxx"), "warc"));
        // a gzip bomb as an HTTP body: small on disk, over the limit decoded
        byte[] bomb = gzipZeros(maxBytes * 3);
        m.put("bomb-body.warc", new Case(warcResponse("https://wend.example/bomb",
                httpHtml(bomb, "Content-Encoding: gzip\r\n")), "limit"));
        // a gzip bomb as a whole WARC record (the record decompresses to more than the limit)
        byte[] zeros = new byte[(int) (maxBytes * 3)];
        m.put("bomb-record.warc.gz", new Case(gzip(warcResponse("https://wend.example/zeros", httpHtml(zeros, ""))), "limit"));
        // a record 70 times the limit decompressed, followed by a good one: refused without inflating all of it
        byte[] huge = new byte[(int) (maxBytes * 70)];
        m.put("bomb-huge.warc.gz", new Case(concat(gzip(warcResponse("https://wend.example/huge", httpHtml(huge, ""))),
                gzip(warcResponse("https://wend.example/after", httpHtml(utf8(page("After", "x")), "")))),
                "compression bomb"));
        m.put("huge.txt", new Case(concat(utf8(GOOD), new byte[0], utf8("x".repeat((int) maxBytes))), "limit"));
        m.put("huge-line.jsonl", new Case(utf8("{\"text\":\"" + "word ".repeat((int) (maxBytes / 5 + 10)) + "\"}\n"),
                "limit"));
        m.put("long-token.txt", new Case(utf8("The minister spoke on Tuesday. " + "a".repeat(300_000)
                + " The talks ended, officials said.\n"), null));
        m.put("entity-bomb.html", new Case(utf8("<html><body><p>" + "&amp;".repeat(50_000) + "</p><p>" + GOOD
                + "</p></body></html>"), ARTICLE_OR_BUDGET));
        m.put("deep.html", new Case(utf8("<html><body>" + "<div>".repeat(50_000) + "<p>" + GOOD + "</p>"
                + "</div>".repeat(50_000) + "</body></html>"), null));
        m.put("deep.jsonl", new Case(utf8("{\"text\":" + "[".repeat(100_000) + "\n"), "malformed JSON"));
        m.put("surrogates.jsonl", new Case(utf8("{\"text\":\"Harbour \\udfff talks\\u0000 \\u001b[31mresumed on Monday, "
                + "the port authority said.\",\"title\":\"Talks\\udfff\\n resume\",\"url\":\"https://x.example/\\u0007a\","
                + "\"outlet\":\"\\ud800Port News\",\"published\":\"2026-03-01\\u0000\",\"byline\":\"Jo\\u001b]0;x\\u0007 Ames\","
                + "\"id\":\"\\udfffz\"}\n"), "surrogate"));
        m.put("wrong-types.jsonl", new Case(utf8("{\"text\": 5}\n{\"text\": [\"a\"]}\n{\"text\": {\"b\": 1}}\n"
                + "[1, 2]\n\"just a string\"\nnull\n"), "not a string"));
        m.put("wrong-meta.jsonl", new Case(utf8("{\"text\":\"Port talks resumed on Monday, officials said.\","
                + "\"title\": {\"x\": 1}, \"published\": [2026], \"byline\": true}\n"), "not a string"));
        m.put("nan.jsonl", new Case(utf8("{\"text\":\"Port talks resumed.\",\"score\": NaN}\n{\"text\":\"x\",\"n\": Infinity}\n"),
                "malformed JSON"));
        m.put("nul-line.jsonl", new Case(concat(utf8("{\"text\":\"Port talks resumed on Monday, officials said.\"}\n"),
                utf8("{\"text\":\"bad"), new byte[] {0, 1, 2}, utf8("\"}\n"),
                utf8("{\"text\":\"Port talks ended on Tuesday, officials said.\"}\n")), "NUL byte"));
        m.put("xxe.rss", new Case(utf8(feed("<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n",
                longText() + "&xxe;")), "refused"));
        m.put("laughs.rss", new Case(utf8(feed("<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;"
                + "&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"
                + "&lol2;&lol2;&lol2;\">]>\n", longText() + "&lol3;")), "refused"));
        m.put("rss091.rss", new Case(utf8(feed("<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
                + "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n", longText())), null));
        m.put("utf16.txt", new Case(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, GOOD.getBytes(StandardCharsets.UTF_16LE)), null));
        m.put("utf16.html", new Case(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                page("Barriers", GOOD).getBytes(StandardCharsets.UTF_16BE)), null));
        byte[] nulPage = utf8(page("Barriers hold", GOOD));
        nulPage[nulPage.length / 2] = 0;
        nulPage[40] = 0;
        m.put("nul.html", new Case(nulPage, null));
        m.put("untitled.html", new Case(utf8("<html><head><title>Barriers hold<meta charset=utf-8></head><body>"
                + "<article><p>" + GOOD + "</p></article></body></html>"), null));
        m.put("polish.html", new Case(("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                + "charset=iso-8859-2\"><title>Wały</title></head><body><article><p>Wały przeciwpowodziowe wytrzymały "
                + "we wtorek, powiedział inżynier. Woda podniosła się do czterech metrów.</p></article></body></html>")
                .getBytes(Charset.forName("ISO-8859-2")), null));
        m.put("ctl\u001b[31mname\nnext.txt", new Case(random, "binary"));
        return m;
    }

    /** Writes the corpus and the good article into {@code dir}; returns the good article's path. */
    static Path write(Path dir, Map<String, Case> corpus) throws IOException {
        for (Map.Entry<String, Case> e : corpus.entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue().bytes());
        }
        Path good = dir.resolve("good.txt");
        Files.writeString(good, GOOD);
        return good;
    }
}
