package org.newsfuse.server.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfuse.store.StoryListing;

/** The story page: what story.html shows, with citations linking to the article pages. */
public record StoryView(StoryListing listing, List<Line> summary, List<Speaker> speakers,
        List<Disagreement> disagreements, Matrix matrix, List<Claim> exclusives, List<Claim> omissions,
        List<Event> timeline, List<EntityItem> entities, List<ArticleItem> articles) {

    /** A summary sentence or a quote with its citations. */
    public record Line(String text, String kind, List<Cite> cites) {
    }

    /** A speaker and what they said, each statement once with every outlet that reports it. */
    public record Speaker(String name, String type, List<Line> quotes) {
    }

    public record Side(String text, List<String> outlets, List<String> sentences, List<Cite> cites) {
    }

    public record Disagreement(String kind, String category, String about, List<Side> sides) {
    }

    /** Who reports what: facts (rows) × outlets (columns). */
    public record Matrix(List<String> outlets, List<Row> rows) {
        public record Row(String fact, List<Boolean> cells) {
        }
    }

    /** Facts one outlet alone reports, or leaves out. */
    public record Claim(String outlet, List<String> facts) {
    }

    public record Event(String date, String when, String text, List<Cite> cites) {
    }

    public record EntityItem(String name, String type, List<String> aliases, int mentions) {
    }

    public record ArticleItem(String id, String title, String outlet, String published, int copies) {
    }

    static final int MATRIX_ROWS = 20;

    public static StoryView of(StoryListing listing, String json) {
        StoryData d = StoryData.of(json);
        JsonNode r = d.root();
        List<Line> summary = new ArrayList<>();
        for (JsonNode s : r.path("summary")) {
            summary.add(new Line(s.path("text").asText(), null, evidence(d, s.path("evidence"))));
        }
        List<Disagreement> dis = new ArrayList<>();
        for (JsonNode x : r.path("discrepancies")) {
            List<Side> sides = new ArrayList<>();
            for (JsonNode s : x.path("sides")) {
                sides.add(new Side(s.path("text").asText(), strings(s.path("outlets")), strings(s.path("sentences")),
                        evidence(d, s.path("evidence"))));
            }
            dis.add(new Disagreement(V.text(x, "kind"), V.text(x, "category"), V.text(x, "about"), sides));
        }
        List<Event> timeline = new ArrayList<>();
        for (JsonNode t : r.path("timeline")) {
            List<Cite> cites = evidence(d, t.path("evidence"));
            if (cites.isEmpty()) {
                for (JsonNode a : t.path("sources")) {
                    cites.add(new Cite(d.outletOf(a.asText()), V.articleHref(a.asText(), -1), null));
                }
            }
            timeline.add(new Event(V.text(t, "date"), V.text(t, "when"), t.path("text").asText(), cites));
        }
        List<EntityItem> entities = new ArrayList<>();
        for (JsonNode e : r.path("entities")) {
            entities.add(new EntityItem(e.path("name").asText(), V.text(e, "type"), strings(e.path("aliases")),
                    e.path("mentions").asInt()));
        }
        List<ArticleItem> articles = new ArrayList<>();
        for (JsonNode a : r.path("articles")) {
            String id = a.path("id").asText();
            articles.add(new ArticleItem(id, V.text(a, "title"), d.outletOf(id), V.text(a, "published"),
                    a.path("duplicates").size()));
        }
        return new StoryView(listing, summary, speakers(d), dis, matrix(r), claims(r.path("exclusives")),
                claims(r.path("omissions")), timeline, entities, articles);
    }

    /** Quotes grouped by speaker, a statement reported by several outlets shown once. */
    static List<Speaker> speakers(StoryData d) {
        Map<String, Map<String, List<JsonNode>>> bySpeaker = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        for (JsonNode q : d.root().path("quotes")) {
            String speaker = V.text(q, "speaker");
            String key = speaker == null ? "(speaker unknown)" : speaker;
            types.putIfAbsent(key, V.text(q, "speakerType"));
            String group = q.path("group").isMissingNode() || q.path("group").isNull() ? "q" + System.identityHashCode(q)
                    : q.path("group").asText();
            bySpeaker.computeIfAbsent(key, k -> new LinkedHashMap<>()).computeIfAbsent(group, g -> new ArrayList<>()).add(q);
        }
        List<Speaker> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<JsonNode>>> e : bySpeaker.entrySet()) {
            List<Line> lines = new ArrayList<>();
            for (List<JsonNode> same : e.getValue().values()) {
                List<Cite> cites = new ArrayList<>();
                Set<String> seen = new LinkedHashSet<>();
                for (JsonNode q : same) {
                    String art = q.path("article").asText();
                    if (seen.add(art)) {
                        int s = V.sentenceAt(d.article(art), q.path("start").asInt());
                        cites.add(new Cite(d.outletOf(art), V.articleHref(art, s), null));
                    }
                }
                lines.add(new Line(same.get(0).path("text").asText(), V.text(same.get(0), "kind"), cites));
            }
            out.add(new Speaker(e.getKey(), types.get(e.getKey()), lines));
        }
        return out;
    }

    static Matrix matrix(JsonNode r) {
        List<String> outlets = new ArrayList<>();
        for (JsonNode f : r.path("facts")) {
            for (JsonNode o : f.path("outlets")) {
                if (!outlets.contains(o.asText())) {
                    outlets.add(o.asText());
                }
            }
        }
        List<Matrix.Row> rows = new ArrayList<>();
        for (JsonNode f : r.path("facts")) {
            if (rows.size() == MATRIX_ROWS) {
                break;
            }
            Set<String> has = new LinkedHashSet<>(strings(f.path("outlets")));
            List<Boolean> cells = new ArrayList<>();
            outlets.forEach(o -> cells.add(has.contains(o)));
            rows.add(new Matrix.Row(f.path("text").asText(), cells));
        }
        return new Matrix(outlets, rows);
    }

    static List<Claim> claims(JsonNode arr) {
        List<Claim> out = new ArrayList<>();
        for (JsonNode c : arr) {
            List<String> facts = new ArrayList<>();
            c.path("facts").forEach(f -> facts.add(f.path("text").asText()));
            if (facts.isEmpty()) {
                continue;
            }
            out.add(new Claim(c.path("outlet").asText(), facts));
        }
        return out;
    }

    static List<Cite> evidence(StoryData d, JsonNode evidence) {
        List<Cite> out = new ArrayList<>();
        for (JsonNode e : evidence) {
            String art = e.path("article").asText();
            int s = e.path("sentence").isInt() ? e.path("sentence").asInt() : V.sentenceAt(d.article(art), e.path("start").asInt());
            out.add(new Cite(d.outletOf(art), V.articleHref(art, s), d.article(art).path("title").asText(null)));
        }
        return out;
    }

    static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(n -> out.add(n.asText()));
        return out;
    }
}
