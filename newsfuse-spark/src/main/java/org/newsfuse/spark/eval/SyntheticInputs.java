package org.newsfuse.spark.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The synthetic stream as the job's inputs: JSON Lines shards, and the same articles as HTML
 * pages in gzipped WARC response records (a CC-NEWS-like crawl), shard for shard.
 */
final class SyntheticInputs {
    private SyntheticInputs() {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Splits one JSON Lines file into {@code shards} files of consecutive lines under {@code dir}. */
    static List<Path> shardJsonl(Path file, int lines, int shards, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        int per = (lines + shards - 1) / shards;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (int s = 0; s < shards; s++) {
                Path p = dir.resolve(String.format("part-%05d.jsonl", s));
                try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
                    for (int k = 0; k < per; k++) {
                        String l = r.readLine();
                        if (l == null) {
                            break;
                        }
                        w.write(l);
                        w.write('\n');
                    }
                }
                out.add(p);
            }
        }
        return out;
    }

    /** Each JSON Lines shard as a .warc.gz of HTML response records. */
    static List<Path> warc(List<Path> shards, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (Path shard : shards) {
            Path p = dir.resolve(shard.getFileName().toString().replace(".jsonl", ".warc.gz"));
            try (WarcWriter w = new WarcWriter(Files.newByteChannel(p, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), WarcCompression.GZIP);
                    BufferedReader r = Files.newBufferedReader(shard, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    JsonNode a = JSON.readTree(line);
                    String url = a.hasNonNull("url") ? a.get("url").asText() : "https://example.invalid/" + shard.getFileName() + "/" + n;
                    byte[] html = html(a).getBytes(StandardCharsets.UTF_8);
                    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, html).build();
                    WarcResponse.Builder b = new WarcResponse.Builder(URI.create(url)).body(http);
                    if (a.hasNonNull("published")) {
                        b.date(LocalDate.parse(a.get("published").asText()).atStartOfDay().toInstant(ZoneOffset.UTC));
                    }
                    w.write(b.build());
                    n++;
                }
            }
            out.add(p);
        }
        return out;
    }

    static String html(JsonNode a) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">");
        String title = a.hasNonNull("title") ? a.get("title").asText() : null;
        if (title != null) {
            sb.append("<title>").append(esc(title)).append("</title>");
        }
        if (a.hasNonNull("outlet")) {
            sb.append("<meta property=\"og:site_name\" content=\"").append(esc(a.get("outlet").asText())).append("\">");
        }
        if (a.hasNonNull("published")) {
            sb.append("<meta property=\"article:published_time\" content=\"").append(esc(a.get("published").asText())).append("\">");
        }
        sb.append("</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article>");
        if (title != null) {
            sb.append("<h1>").append(esc(title)).append("</h1>");
        }
        for (String p : a.get("text").asText().split("\n\\s*\n")) {
            if (!p.isBlank()) {
                sb.append("<p>").append(esc(p.strip())).append("</p>\n");
            }
        }
        sb.append("</article><footer>Copyright</footer></body></html>");
        return sb.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
