package org.newsfuse.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsfuse.entities.EntityIndex;
import org.newsfuse.entities.Gazetteer;
import org.newsfuse.model.Entity;
import org.newsfuse.model.Quote;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Token;

import static org.newsfuse.quotes.Tags.*;

/**
 * The sentences' subjects of one article, which pronouns may stand for: the people named as a
 * sentence's subject, and the subjects headed by a common noun ("Workers", "the memo").
 *
 * <p>A person is a sentence's subject when named before any verb of its clause, after an opening
 * phrase and its comma if there is one ("Speaking in Harlem, Clinton, …", "In New York, after meeting
 * with X, Clinton proposed …"), places and organisations before it skipped; one of several coordinated
 * names ("Trump and Sanders blame …") is no subject of its own. A name several people share ("Trump"
 * with Donald and Melania in the story) is the one last named in full before it, else the most named.
 */
final class Subjects {
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "&", "nor");

    /**
     * A person named as a sentence's subject: the people the name may stand for, the likeliest first
     * (several when they share it: "Trump" for Donald and Melania Trump).
     */
    record Person(int start, int end, List<Entity> candidates) {
    }

    /** A sentence's subject headed by a common noun: "Workers", "Thursday's memo from the panel". */
    record Noun(int start, String speaker, Quote.SpeakerType type, Attribution.Span span) {
    }

    final List<Person> people = new ArrayList<>();
    final List<Noun> nouns = new ArrayList<>();

    Subjects(String text, List<EntityIndex.Hit> hits, List<Sentence> sentences) {
        findPeople(hits, sentences);
        findNouns(text, hits, sentences);
    }

    /** The entity a hit names: its only one, else the one last named unambiguously before it, else the most named. */
    static Entity entityOf(List<EntityIndex.Hit> hits, EntityIndex.Hit hit) {
        if (hit.entities().size() == 1) {
            return hit.first();
        }
        for (int k = hits.size() - 1; k >= 0; k--) {
            EntityIndex.Hit h = hits.get(k);
            if (h.start() < hit.start() && h.entities().size() == 1 && hit.entities().contains(h.first())) {
                return h.first();
            }
        }
        Entity best = hit.first();
        for (Entity e : hit.entities()) {
            if (e.mentions() > best.mentions()) {
                best = e;
            }
        }
        return best;
    }

    /** A hit that names one person (after {@link #entityOf}) and no place. */
    static Entity person(List<EntityIndex.Hit> hits, EntityIndex.Hit h) {
        Entity e = entityOf(hits, h);
        return isPerson(e) ? e : null;
    }

    private static boolean isPerson(Entity e) {
        return e.type() == Entity.Type.PERSON && Gazetteer.get().place(e.name()) == null;
    }

    /** The people a hit may name, the likeliest ({@link #entityOf}) first; none when it names no person. */
    static Person candidates(List<EntityIndex.Hit> hits, EntityIndex.Hit h) {
        List<Entity> out = new ArrayList<>();
        Entity first = person(hits, h);
        if (first != null) {
            out.add(first);
            for (Entity e : h.entities()) {
                if (e != first && isPerson(e)) {
                    out.add(e);
                }
            }
        }
        return new Person(h.start(), h.end(), out);
    }

    private void findPeople(List<EntityIndex.Hit> hits, List<Sentence> sentences) {
        int hi = 0;
        for (Sentence s : sentences) {
            while (hi < hits.size() && hits.get(hi).start() < s.start()) {
                hi++;
            }
            List<Token> t = s.tokens();
            boolean verb = false;
            boolean opening = opensWithPhrase(t);
            int ti = 0;
            for (int k = hi; k < hits.size() && hits.get(k).end() <= s.end(); k++) {
                EntityIndex.Hit h = hits.get(k);
                for (; ti < t.size() && t.get(ti).start() < h.start(); ti++) {
                    String p = pos(t, ti);
                    if (p.equals("VERB") || p.equals("AUX")) {
                        verb = true;
                    } else if (t.get(ti).text().equals(",") && opening) {
                        verb = false; // an opening phrase ends: "Speaking in Harlem, Clinton …"
                    }
                }
                int before = ti - 1;
                while (before >= 0 && pos(t, before).equals("DET")) {
                    before--;
                }
                if (verb || pos(t, before).equals("ADP")) {
                    continue; // an object ("… met Clinton"), "with the Rev. Al Sharpton"
                }
                Person e = candidates(hits, h);
                if (e.candidates().isEmpty()) {
                    continue; // "The Council on American-Islamic Relations National Executive Director Nihad Awad"
                }
                if (!coordinated(t, ti, h)) {
                    people.add(e);
                }
                break;
            }
        }
    }

    /**
     * A sentence opening with a phrase before its subject: a preposition, a conjunction, an adverb,
     * a participle ("Speaking in Harlem, …", "Asked about …, …") or a quotation ("“…,” Clinton said").
     */
    private static boolean opensWithPhrase(List<Token> t) {
        if (!t.isEmpty() && OPENING_MARKS.contains(t.get(0).text())) {
            return true;
        }
        int f = firstWord(t);
        String p = pos(t, f);
        String w = lower(t, f);
        return p.equals("ADP") || p.equals("SCONJ") || p.equals("ADV")
                || p.equals("VERB") && (w.endsWith("ing") || w.endsWith("ed"));
    }

    /** "Trump and Sanders", "Sanders or Clinton": the name at token {@code ti} is one of several. */
    private static boolean coordinated(List<Token> t, int ti, EntityIndex.Hit h) {
        int after = ti;
        while (after < t.size() && t.get(after).start() < h.end()) {
            after++;
        }
        boolean next = after + 1 < t.size() && CONJUNCTIONS.contains(lower(t, after)) && startsName(t, after + 1);
        boolean prev = ti >= 2 && CONJUNCTIONS.contains(lower(t, ti - 1)) && startsName(t, ti - 2);
        return next || prev;
    }

    private static boolean startsName(List<Token> t, int i) {
        return pos(t, i).equals("PROPN") || !t.get(i).text().isEmpty() && Character.isUpperCase(t.get(i).text().charAt(0))
                && t.get(i).isWord();
    }

    private void findNouns(String text, List<EntityIndex.Hit> hits, List<Sentence> sentences) {
        for (Sentence s : sentences) {
            List<Token> t = s.tokens();
            int first = firstWord(t);
            if (first >= t.size() || OPENING_MARKS.contains(t.get(0).text())) {
                continue; // a sentence opening with a quotation: its words are someone else's
            }
            int[] np = SourcePhrase.subject(t);
            if (np == null) {
                np = beforeRelative(t);
            }
            if (np == null || !pos(t, np[1] - 1).equals("NOUN")) {
                continue;
            }
            int[] core = SourceHead.core(t, np[0], np[1], np.length > 2 ? np[2] : -1);
            if (core == null) {
                continue;
            }
            int h = core[1] - 1;
            if (!SourceHead.isNounHead(t, h) || SourceHead.isName(t, h) || covered(hits, t.get(h))) {
                continue;
            }
            int from = SourceHead.nounPhraseStart(t, core[0], h);
            Quote.SpeakerType type = SourceHead.nounType(lower(t, h));
            nouns.add(new Noun(t.get(np[0]).start(),
                    text.substring(t.get(from).start(), t.get(h).end()).replaceAll("\\s+", " "), type,
                    new Attribution.Span(t.get(from).start(), t.get(h).end())));
        }
    }

    /** "The woman who started it all …": the noun phrase before a relative pronoun and the first verb. */
    private static int[] beforeRelative(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            String p = pos(t, i);
            if (p.equals("VERB") || p.equals("AUX")) {
                String r = lower(t, i - 1);
                if (i >= 2 && (r.equals("who") || r.equals("that")) && pos(t, i - 2).equals("NOUN")) {
                    int[] np = SourcePhrase.backwardNP(t, i - 2);
                    return np != null && np[0] == firstWord(t) ? np : null;
                }
                return null;
            }
        }
        return null;
    }

    private static boolean covered(List<EntityIndex.Hit> hits, Token tok) {
        for (EntityIndex.Hit hit : hits) {
            if (hit.start() <= tok.start() && tok.start() < hit.end()) {
                return true;
            }
        }
        return false;
    }
}
