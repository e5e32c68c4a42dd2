package org.newsfuse.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsfuse.model.Article;
import org.newsfuse.model.ClaimEvidence;
import org.newsfuse.model.Duplicate;
import org.newsfuse.model.Comparison;
import org.newsfuse.model.Discrepancy;
import org.newsfuse.model.Fact;
import org.newsfuse.model.OutletCoverage;
import org.newsfuse.model.TimelineEntry;
import org.newsfuse.model.Entity;
import org.newsfuse.model.ParagraphGroup;
import org.newsfuse.model.Quote;
import org.newsfuse.model.SentenceRef;
import org.newsfuse.model.Story;
import org.newsfuse.model.SummarySentence;
import org.newsfuse.text.WireQuotes;

/**
 * story.json: the machine-readable story. Field names are a public contract (docs/story-json.md):
 * fields may be added, never renamed.
 */
public final class StoryJson {
    private StoryJson() {
    }

    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static ObjectNode toJson(Story story, String version) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", story.id());
        root.put("headline", WireQuotes.typeset(story.headline()));
        ArrayNode summary = root.putArray("summary");
        for (SummarySentence s : story.summary()) {
            ObjectNode o = summary.addObject();
            o.put("text", WireQuotes.typeset(s.text()));
            ArrayNode src = o.putArray("sources");
            s.sources().forEach(src::add);
            ArrayNode ev = o.putArray("evidence");
            for (SentenceRef r : s.evidence()) {
                ev.add(ref(r));
            }
        }
        ArrayNode articles = root.putArray("articles");
        for (Article a : story.articles()) {
            articles.add(article(a));
        }
        ArrayNode quotes = root.putArray("quotes");
        for (Quote q : story.quotes()) {
            ObjectNode o = quotes.addObject();
            o.put("speaker", q.speaker());
            o.put("text", WireQuotes.typeset(q.text()));
            o.put("kind", q.kind().name().toLowerCase(java.util.Locale.ROOT));
            o.put("article", q.article());
            o.put("group", q.group());
            o.put("start", q.start());
            o.put("end", q.end());
            o.put("speakerType", q.speakerType().name().toLowerCase(java.util.Locale.ROOT));
            if (q.source() == null) {
                o.putNull("source");
            } else {
                ObjectNode so = o.putObject("source");
                so.put("text", q.source().text());
                so.put("start", q.source().start());
                so.put("end", q.source().end());
            }
            ArrayNode parts = o.putArray("parts");
            for (Quote.Part p : q.parts()) {
                parts.addObject().put("start", p.start()).put("end", p.end());
            }
        }
        ArrayNode entities = root.putArray("entities");
        for (Entity e : story.entities()) {
            ObjectNode o = entities.addObject();
            o.put("name", e.name());
            o.put("type", e.type().name().toLowerCase(java.util.Locale.ROOT));
            ArrayNode al = o.putArray("aliases");
            e.aliases().forEach(al::add);
            o.put("mentions", e.mentions());
            ArrayNode ar = o.putArray("articles");
            e.articles().forEach(ar::add);
        }
        ArrayNode rep = root.putArray("repeatedParagraphs");
        for (ParagraphGroup g : story.repeatedParagraphs()) {
            ObjectNode o = rep.addObject();
            o.put("text", g.text());
            ArrayNode ar = o.putArray("articles");
            g.articles().forEach(ar::add);
        }
        comparison(root, story.comparison());
        ObjectNode gen = root.putObject("generator");
        gen.put("name", "newsfuse");
        gen.put("version", version);
        return root;
    }

    private static void comparison(ObjectNode root, Comparison c) {
        ArrayNode facts = root.putArray("facts");
        for (Fact f : c.facts()) {
            ObjectNode o = facts.addObject();
            o.put("id", f.id());
            o.put("text", f.text());
            ArrayNode outlets = o.putArray("outlets");
            f.outlets().forEach(outlets::add);
            ArrayNode arts = o.putArray("articles");
            f.articles().forEach(arts::add);
            ArrayNode wordings = o.putArray("wordings");
            for (Fact.Wording w : f.wordings()) {
                ObjectNode wo = ref(w.sentence());
                wo.put("outlet", w.outlet());
                wo.put("text", w.text());
                wordings.add(wo);
            }
        }
        ArrayNode exclusives = root.putArray("exclusives");
        ArrayNode omissions = root.putArray("omissions");
        for (OutletCoverage oc : c.outlets()) {
            coverageEntry(exclusives.addObject(), oc, oc.exclusives(), c);
            coverageEntry(omissions.addObject(), oc, oc.omissions(), c);
        }
        ArrayNode disc = root.putArray("discrepancies");
        for (Discrepancy d : c.discrepancies()) {
            ObjectNode o = disc.addObject();
            o.put("kind", d.kind().name().toLowerCase(java.util.Locale.ROOT));
            o.put("category", d.category().label());
            o.put("about", d.about());
            ArrayNode sides = o.putArray("sides");
            for (Discrepancy.Side side : d.sides()) {
                ObjectNode so = sides.addObject();
                so.put("text", side.text());
                ArrayNode outlets = so.putArray("outlets");
                side.outlets().forEach(outlets::add);
                ArrayNode arts = so.putArray("articles");
                side.articles().forEach(arts::add);
                ArrayNode sentences = so.putArray("sentences");
                side.sentences().forEach(sentences::add);
                ArrayNode refs = so.putArray("evidence");
                side.refs().forEach(r -> refs.add(ref(r)));
            }
        }
        ArrayNode timeline = root.putArray("timeline");
        for (TimelineEntry t : c.timeline()) {
            ObjectNode o = timeline.addObject();
            o.put("date", t.date());
            o.put("precision", t.precision().name().toLowerCase(java.util.Locale.ROOT));
            o.put("when", t.when());
            o.put("text", t.text());
            ArrayNode src = o.putArray("sources");
            new java.util.LinkedHashSet<>(t.sources().stream().map(SentenceRef::article).toList()).forEach(src::add);
            ArrayNode ev = o.putArray("evidence");
            t.sources().forEach(r -> ev.add(ref(r)));
        }
    }

    private static void coverageEntry(ObjectNode o, OutletCoverage oc, java.util.List<String> factIds, Comparison c) {
        o.put("outlet", oc.outlet());
        ArrayNode arts = o.putArray("articles");
        oc.articles().forEach(arts::add);
        ArrayNode fs = o.putArray("facts");
        for (String id : factIds) {
            Fact f = c.fact(id);
            ObjectNode fo = fs.addObject();
            fo.put("id", id);
            fo.put("text", f.text());
            ClaimEvidence ev = oc.evidence().get(id);
            if (ev != null) {
                ObjectNode eo = fo.putObject("evidence");
                ArrayNode sup = eo.putArray("supports");
                ev.supports().forEach(r -> sup.add(ref(r)));
                ArrayNode searched = eo.putArray("searched");
                ev.searched().forEach(searched::add);
                if (ev.nearest() == null) {
                    eo.putNull("nearest");
                } else {
                    ObjectNode n = ref(ev.nearest());
                    n.put("text", ev.nearestText());
                    n.put("score", ev.nearestScore());
                    eo.set("nearest", n);
                }
            }
        }
    }

    public static ObjectNode article(Article a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", a.id());
        o.put("input", a.input());
        ArrayNode inputs = o.putArray("inputs");
        a.inputs().forEach(inputs::add);
        o.put("outlet", a.outlet());
        o.put("title", a.title());
        o.put("byline", a.byline());
        o.put("published", a.published() == null ? null : a.published().toString());
        o.put("dateline", a.dateline());
        o.put("url", a.url());
        o.put("language", a.language());
        o.put("text", a.text());
        ArrayNode dups = o.putArray("duplicates");
        for (Duplicate d : a.duplicates()) {
            ObjectNode x = dups.addObject();
            x.put("id", d.id());
            x.put("input", d.input());
            x.put("outlet", d.outlet());
            x.put("url", d.url());
            x.put("published", d.published() == null ? null : d.published().toString());
            x.put("similarity", Math.round(d.similarity() * 1000) / 1000.0);
        }
        ArrayNode sentences = o.putArray("sentences");
        a.sentences().forEach(s -> {
            ArrayNode span = sentences.addArray();
            span.add(s.start());
            span.add(s.end());
        });
        return o;
    }

    private static ObjectNode ref(SentenceRef r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("article", r.article());
        o.put("sentence", r.sentence());
        o.put("start", r.start());
        o.put("end", r.end());
        return o;
    }

    public static String write(Story story, String version) {
        try {
            return MAPPER.writeValueAsString(toJson(story, version)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write story.json", e);
        }
    }
}
