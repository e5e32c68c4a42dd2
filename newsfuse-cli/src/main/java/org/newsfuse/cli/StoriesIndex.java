package org.newsfuse.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfuse.engine.Engine;
import org.newsfuse.model.Article;
import org.newsfuse.model.Duplicate;
import org.newsfuse.model.Story;
import org.newsfuse.report.Html;
import org.newsfuse.report.StoryJson;

/**
 * The run-level files: {@code stories.json} (every story with its articles and the inputs merged
 * into each) and {@code index.html} (a self-contained page listing the stories with their article
 * counts, outlets and dates, each linking to its report). Field names are a public contract
 * (docs/output.md): fields may be added, never renamed.
 */
final class StoriesIndex {
    private StoriesIndex() {
    }

    /** Every outlet that ran an article of the story, copies included, in order of first appearance. */
    static List<String> outlets(Story s) {
        Set<String> out = new LinkedHashSet<>();
        for (Article a : s.articles()) {
            if (a.outlet() != null) {
                out.add(a.outlet());
            }
            for (Duplicate d : a.duplicates()) {
                if (d.outlet() != null) {
                    out.add(d.outlet());
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** Earliest and latest publication date of the story's articles (copies included), or nulls. */
    static LocalDate[] dates(Story s) {
        LocalDate min = null;
        LocalDate max = null;
        for (Article a : s.articles()) {
            List<LocalDate> ds = new ArrayList<>();
            ds.add(a.published());
            a.duplicates().forEach(d -> ds.add(d.published()));
            for (LocalDate d : ds) {
                if (d != null) {
                    min = min == null || d.isBefore(min) ? d : min;
                    max = max == null || d.isAfter(max) ? d : max;
                }
            }
        }
        return new LocalDate[] {min, max};
    }

    static int inputCount(Story s) {
        int n = 0;
        for (Article a : s.articles()) {
            n += 1 + a.duplicates().size();
        }
        return n;
    }

    static String json(Engine.Result result, Map<String, String> paths, String version) {
        ObjectNode root = StoryJson.MAPPER.createObjectNode();
        Map<String, String> topicOf = new java.util.HashMap<>();
        for (Engine.Topic t : result.topics()) {
            t.stories().forEach(id -> topicOf.put(id, t.id()));
        }
        ArrayNode stories = root.putArray("stories");
        for (Story s : result.stories()) {
            ObjectNode o = stories.addObject();
            o.put("id", s.id());
            o.put("headline", s.headline());
            o.put("topic", topicOf.get(s.id()));
            o.put("path", paths.get(s.id()));
            LocalDate[] d = dates(s);
            o.put("from", d[0] == null ? null : d[0].toString());
            o.put("to", d[1] == null ? null : d[1].toString());
            ArrayNode outlets = o.putArray("outlets");
            outlets(s).forEach(outlets::add);
            ArrayNode arts = o.putArray("articles");
            for (Article a : s.articles()) {
                ObjectNode x = arts.addObject();
                x.put("id", a.id());
                x.put("input", a.input());
                ArrayNode inputs = x.putArray("inputs");
                a.inputs().forEach(inputs::add);
                x.put("outlet", a.outlet());
                x.put("published", a.published() == null ? null : a.published().toString());
                x.put("title", a.title());
            }
        }
        ArrayNode topics = root.putArray("topics");
        for (Engine.Topic t : result.topics()) {
            ObjectNode o = topics.addObject();
            o.put("id", t.id());
            o.put("name", t.name());
            ArrayNode ids = o.putArray("stories");
            t.stories().forEach(ids::add);
        }
        ObjectNode gen = root.putObject("generator");
        gen.put("name", "newsfuse");
        gen.put("version", version);
        try {
            return StoryJson.MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write stories.json", e);
        }
    }

    private static final String CSS = """
            :root{--fg:#1b1f23;--muted:#5b6470;--line:#d8dde3;--accent:#0b5cad}
            *{box-sizing:border-box}
            body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);margin:0 auto;padding:0 1rem 4rem;max-width:56rem}
            header{padding:1.5rem 0 .5rem;border-bottom:1px solid var(--line)}
            h1{font-size:1.5rem;margin:.2rem 0}
            .meta{color:var(--muted);font-size:.9rem}
            ol.stories{padding-left:1.4rem}
            ol.stories li{margin:1rem 0}
            ol.stories a{color:var(--accent);font-weight:600;text-decoration:none;font-size:1.05rem}
            ol.stories a:hover{text-decoration:underline}
            section.topic-group{margin-top:1.5rem}
            section.topic-group h2{font-size:1.1rem;margin:.5rem 0 0;color:var(--muted)}
            .topic{display:inline-block;font-size:.75rem;border:1px solid var(--line);border-radius:.6rem;padding:0 .4rem;margin-left:.3rem;color:var(--muted)}
            footer{margin-top:3rem;color:var(--muted);font-size:.8rem}
            """;

    static String html(Engine.Result result, Map<String, String> reportLinks, String version) {
        int articles = 0;
        for (Story s : result.stories()) {
            articles += inputCount(s);
        }
        StringBuilder h = new StringBuilder(16 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<title>newsfuse: ").append(result.stories().size()).append(" stories</title>\n<style>\n")
                .append(CSS).append("</style>\n</head>\n<body>\n<header>\n<div class=\"meta\">newsfuse</div>\n<h1>")
                .append(result.stories().size()).append(result.stories().size() == 1 ? " story" : " stories")
                .append(" from ").append(articles).append(articles == 1 ? " article" : " articles")
                .append("</h1>\n</header>\n");
        Map<String, Story> byId = new java.util.LinkedHashMap<>();
        for (Story s : result.stories()) {
            byId.put(s.id(), s);
        }
        // topics as named groups, their stories under them; a story no topic lists comes last
        List<Engine.Topic> groups = new java.util.ArrayList<>(result.topics());
        java.util.Set<String> listed = new java.util.HashSet<>();
        groups.forEach(t -> listed.addAll(t.stories()));
        List<String> rest = byId.keySet().stream().filter(id -> !listed.contains(id)).toList();
        if (!rest.isEmpty()) {
            groups.add(new Engine.Topic("", rest, null));
        }
        for (Engine.Topic t : groups) {
            boolean named = t.name() != null && !t.name().isBlank();
            h.append("<section class=\"topic-group\"").append(t.id().isEmpty() ? "" : " id=\"" + Html.escape(t.id()) + "\"")
                    .append(">\n");
            if (named) {
                h.append("<h2>").append(Html.escape(t.name())).append(" <span class=\"topic\" title=\"stories of one topic\">")
                        .append(t.stories().size()).append(t.stories().size() == 1 ? " story" : " stories").append("</span></h2>\n");
            }
            h.append("<ol class=\"stories\">\n");
            for (String id : t.stories()) {
                Story s = byId.get(id);
                if (s != null) {
                    storyItem(h, s, reportLinks);
                }
            }
            h.append("</ol>\n</section>\n");
        }
        h.append("<footer>newsfuse ").append(Html.escape(version)).append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void storyItem(StringBuilder h, Story s, Map<String, String> reportLinks) {
        LocalDate[] d = dates(s);
        String when = d[0] == null ? "date unknown" : d[0].equals(d[1]) ? d[0].toString() : d[0] + " – " + d[1];
        int n = inputCount(s);
        h.append("<li id=\"").append(Html.escape(s.id())).append("\"><a href=\"").append(Html.escape(reportLinks.get(s.id())))
                .append("\">").append(Html.escape(s.headline() == null ? s.id() : s.headline())).append("</a>");
        h.append("\n<div class=\"meta\">").append(Html.escape(s.id())).append(" · ").append(n)
                .append(n == 1 ? " article" : " articles").append(" · ").append(Html.escape(when)).append("</div>\n")
                .append("<div class=\"meta\">").append(Html.escape(outlets(s).isEmpty() ? "outlets unknown"
                        : String.join(", ", outlets(s)))).append("</div></li>\n");
    }
}
