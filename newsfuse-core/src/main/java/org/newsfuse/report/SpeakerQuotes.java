package org.newsfuse.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsfuse.model.Quote;
import org.newsfuse.model.Story;

/**
 * A story's quotes arranged for reading: by speaker (in order of first quote; unknown speakers
 * last), then by statement (quote group), then by wording, each wording with the articles that
 * print it.
 */
final class SpeakerQuotes {
    private SpeakerQuotes() {
    }

    /** One way a statement is worded, and who prints it. */
    record Wording(String text, Quote.Kind kind, List<String> articles) {
    }

    /** One statement: its wordings, the most printed first. */
    record Statement(String group, List<Wording> wordings) {
        List<String> articles() {
            List<String> out = new ArrayList<>();
            for (Wording w : wordings) {
                for (String a : w.articles()) {
                    if (!out.contains(a)) {
                        out.add(a);
                    }
                }
            }
            return out;
        }
    }

    /** A speaker (null when unknown) and their statements. */
    record Speaker(String name, List<Statement> statements) {
    }

    static List<Speaker> of(Story story) {
        Map<String, Map<String, Map<String, Wording>>> bySpeaker = new LinkedHashMap<>();
        for (Quote q : story.quotes()) {
            String speaker = q.speaker() == null ? "\u0000" : q.speaker();
            String group = q.group() == null ? q.article() + ":" + q.start() : q.group();
            Map<String, Wording> wordings = bySpeaker.computeIfAbsent(speaker, k -> new LinkedHashMap<>())
                    .computeIfAbsent(group, k -> new LinkedHashMap<>());
            String key = q.text().strip();
            Wording w = wordings.computeIfAbsent(key, k -> new Wording(key, q.kind(), new ArrayList<>()));
            if (!w.articles().contains(q.article())) {
                w.articles().add(q.article());
            }
        }
        List<Speaker> out = new ArrayList<>();
        Speaker unknown = null;
        for (Map.Entry<String, Map<String, Map<String, Wording>>> s : bySpeaker.entrySet()) {
            List<Statement> statements = new ArrayList<>();
            for (Map.Entry<String, Map<String, Wording>> g : s.getValue().entrySet()) {
                List<Wording> ws = new ArrayList<>(g.getValue().values());
                ws.sort((a, b) -> b.articles().size() - a.articles().size());
                statements.add(new Statement(g.getKey(), ws));
            }
            statements.sort((a, b) -> b.articles().size() - a.articles().size());
            Speaker sp = new Speaker(s.getKey().equals("\u0000") ? null : s.getKey(), statements);
            if (sp.name() == null) {
                unknown = sp;
            } else {
                out.add(sp);
            }
        }
        if (unknown != null) {
            out.add(unknown);
        }
        return out;
    }
}
