package org.newsfuse.quotes;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsfuse.entities.EntityIndex;
import org.newsfuse.entities.Gazetteer;
import org.newsfuse.model.Entity;
import org.newsfuse.model.Paragraph;
import org.newsfuse.model.Quote;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Token;

import static org.newsfuse.quotes.Tags.*;

/**
 * Speaker resolution for one article. The speaker of an attribution is the head of its source
 * phrase ({@link SourceHead}), whatever it is:
 * <ul>
 * <li>a name: the story entity it is (its canonical full name; a name typed "other" is a speaker
 * too, of unknown type), or, when the story has no entity there, the name as written;</li>
 * <li>a common noun: the noun phrase up to it, typed as an organisation ("the company"), a document
 * ("the report") or a group or role ("justice officials", "police", "a spokesman");</li>
 * <li>a pronoun: the nearest earlier speaker or sentence subject ({@link Subjects}) of the current or
 * two previous paragraphs that agrees in gender (he/she: known from titles, given names and the pronouns that follow its mentions;
 * a known other gender never agrees), number (they: a group or an organisation) and type (it: an
 * organisation or a document; never a place); when the nearest earlier attribution with a source
 * failed to resolve, the pronoun stays unresolved rather than reaching back past it to an older
 * speaker; a speaker named inside another's reported speech is no antecedent of he/she. With no
 * earlier speaker, he/she go to the last person named before them.</li>
 * </ul>
 * A coordinated or participle cue ("… and said", ", saying") shares its first cue's speaker.
 */
final class SpeakerResolver {
    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> PLURAL = Set.of("they", "them", "themselves");
    private static final int PARAGRAPH_WINDOW = 2;

    private final String text;
    private final List<EntityIndex.Hit> hits;
    private final EntityIndex index;
    private final Map<Entity, int[]> pronounVotes = new HashMap<>();
    private final List<Paragraph> paragraphs;
    /** People and common nouns named as a sentence's subject, in text order. */
    private final Subjects subjects;

    SpeakerResolver(String text, List<EntityIndex.Hit> hits, EntityIndex index, List<Sentence> sentences,
            List<Paragraph> paragraphs) {
        this.text = text;
        this.paragraphs = paragraphs;
        this.hits = hits;
        this.index = index;
        countPronouns(sentences);
        this.subjects = new Subjects(text, hits, sentences);
    }

    /** Sets {@code d}'s speaker, type and head span; {@code before} are the article's earlier attributions. */
    void resolve(Draft d, List<Draft> before) {
        if (d.sameAs != null && d.sameAs.speaker != null) {
            d.speaker = d.sameAs.speaker;
            d.speakerType = d.sameAs.speakerType;
            d.speakerSpan = d.sameAs.speakerSpan;
            return;
        }
        if (d.source == null || d.sourceTokens == null) {
            return;
        }
        int[] core = SourceHead.core(d.sourceTokens, d.sourceFrom, d.sourceTo, d.antecedentEnd);
        if (core == null) {
            return;
        }
        List<Token> t = d.sourceTokens;
        int h = core[1] - 1;
        String w = t.get(h).text().toLowerCase(Locale.ROOT);
        if (MALE.contains(w) || FEMALE.contains(w) || PLURAL.contains(w) || w.equals("it")) {
            pronoun(d, w, t.get(h).start(), before);
            return;
        }
        if (SourceHead.isName(t, h)) {
            name(d, t, core[0], h);
            int[] named = SourceHead.namedAfterDescription(t, d.sourceFrom, d.sourceTo);
            if (named != null && named[0] == core[0] && d.speakerSpan != null) {
                // "Her campaign manager, Robby Mook,": the person, read from the description and the name
                int from = SourceHead.nounPhraseStart(t, d.sourceFrom, named[0]);
                d.speakerSpan = new Attribution.Span(t.get(from).start(), d.speakerSpan.end());
            }
        } else if (SourceHead.isNounHead(t, h)) {
            EntityIndex.Hit hit = hitCovering(t.get(h));
            if (hit != null && hit.isPerson()) {
                setEntity(d, hit, t.get(h)); // a description bound to one person: "the top Russian diplomat"
                return;
            }
            int from = SourceHead.nounPhraseStart(t, core[0], h);
            d.speaker = text.substring(t.get(from).start(), t.get(h).end()).replaceAll("\\s+", " ");
            d.speakerType = SourceHead.nounType(w);
            d.speakerSpan = new Attribution.Span(t.get(from).start(), t.get(h).end());
        }
    }

    private void name(Draft d, List<Token> t, int coreStart, int h) {
        EntityIndex.Hit hit = hitCovering(t.get(h));
        int nameFrom = SourceHead.nameStart(t, coreStart, h);
        EntityIndex.Hit person = personBeforeOf(t, coreStart, nameFrom);
        if (person != null && (hit == null || !hit.isPerson())) {
            // "Sen. Dianne Feinstein of California": the person, read from the whole phrase
            setEntity(d, person, t.get(h));
            return;
        }
        if ((hit == null || !hit.isPerson()) && nameFrom - 2 >= coreStart && lower(t, nameFrom - 1).equals("of")) {
            int before = SourceHead.nameStart(t, coreStart, nameFrom - 2);
            Quote.SpeakerType type = SourceHead.nameType(t, before, nameFrom - 1);
            if (nameFrom - 1 - before >= 2 && type != Quote.SpeakerType.ORGANISATION
                    && Gazetteer.get().place(text.substring(t.get(before).start(), t.get(nameFrom - 2).end())) == null) {
                // a name the story has no person for, then "of" and a place or group: the name
                d.speaker = text.substring(t.get(before).start(), t.get(nameFrom - 2).end()).replaceAll("\\s+", " ");
                d.speakerType = before > coreStart && Gazetteer.get().isTitle(t.get(before - 1).text())
                        ? Quote.SpeakerType.PERSON : type;
                d.speakerSpan = new Attribution.Span(t.get(before).start(), t.get(h).end());
                return;
            }
        }
        if (hit != null) {
            setEntity(d, hit, t.get(h));
            return;
        }
        int from = SourceHead.nameStart(t, coreStart, h);
        String name = text.substring(t.get(from).start(), t.get(h).end()).replaceAll("\\s+", " ");
        List<Entity> known = index == null ? List.of() : index.lookup(name);
        if (known.size() == 1) {
            d.speaker = known.get(0).name();
            d.speakerType = typeOf(known.get(0));
        } else {
            d.speaker = name;
            d.speakerType = SourceHead.nameType(t, from, h + 1);
        }
        d.speakerSpan = new Attribution.Span(t.get(from).start(), t.get(h).end());
    }

    private void setEntity(Draft d, EntityIndex.Hit hit, Token head) {
        Entity e = Subjects.entityOf(hits, hit); // "Trump": the Trump last named in full, else the most named
        d.speaker = e.name();
        d.speakerType = typeOf(e);
        d.speakerSpan = new Attribution.Span(Math.min(hit.start(), head.start()), Math.max(hit.end(), head.end()));
    }

    private static Quote.SpeakerType typeOf(Entity e) {
        return switch (e.type()) {
            case PERSON -> Gazetteer.get().place(e.name()) != null ? Quote.SpeakerType.ORGANISATION
                    : Quote.SpeakerType.PERSON;
            case ORGANISATION, PLACE -> Quote.SpeakerType.ORGANISATION; // "Russia said": its government
            case OTHER -> Quote.SpeakerType.UNKNOWN;
        };
    }

    /** The person named right before "of" at {@code from - 1} ("Feinstein of California"), or null. */
    private EntityIndex.Hit personBeforeOf(List<Token> t, int coreStart, int from) {
        if (from - 2 < coreStart || !lower(t, from - 1).equals("of")) {
            return null;
        }
        EntityIndex.Hit hit = hitCovering(t.get(from - 2));
        return hit != null && hit.isPerson() && hit.entities().size() == 1
                && Gazetteer.get().place(hit.first().name()) == null ? hit : null;
    }

    /** The entity hit holding this token, or null. */
    private EntityIndex.Hit hitCovering(Token tok) {
        for (EntityIndex.Hit hit : hits) {
            if (hit.start() <= tok.start() && tok.start() < hit.end()) {
                return hit;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- pronouns

    private void pronoun(Draft d, String w, int at, List<Draft> before) {
        char gender = MALE.contains(w) ? 'm' : FEMALE.contains(w) ? 'f' : 0;
        boolean plural = PLURAL.contains(w);
        boolean neuter = w.equals("it");
        int window = Math.max(0, d.paragraph - PARAGRAPH_WINDOW);
        int windowStart = window < paragraphs.size() ? paragraphs.get(window).start() : 0;
        // the earlier speakers and the people named as a sentence's subject, newest first, in the window;
        // for "they" and "it", also a group, organisation or text that is a sentence's subject; for "he"
        // and "she", a role that tells its bearer's gender ("The woman who started it … she said")
        Subjects.Noun ns = nounSubject(windowStart, at, gender, plural);
        List<Subjects.Person> people = subjects.people;
        int k = before.size() - 1;
        int s = people.size() - 1;
        while (s >= 0 && people.get(s).end() > at) {
            s--;
        }
        while (k >= 0 || s >= 0) {
            Draft p = k >= 0 ? before.get(k) : null;
            int pAt = p == null ? -1 : position(p);
            Subjects.Person h = s >= 0 ? people.get(s) : null;
            if (h != null && h.start() > pAt && (ns == null || ns.start() < h.start())) {
                if (h.start() < windowStart) {
                    break;
                }
                s--;
                Entity e = gender == 0 ? null : agreeing(h, gender);
                if (e != null) {
                    setPerson(d, e, h.start(), h.end());
                    return;
                }
                continue;
            }
            if (ns != null && ns.start() > pAt) {
                copy(d, ns); // "Workers objected to the move. They also said …"
                return;
            }
            if (pAt < windowStart && d.paragraph - p.paragraph > PARAGRAPH_WINDOW) {
                break;
            }
            k--;
            if (gender != 0 && reported(p, before, k)) {
                continue; // "He said … Sanders himself has acknowledged …": Sanders speaks only in his words
            }
            if (p.speaker == null) {
                if (failed(p)) {
                    return; // not past an attribution that failed to an older speaker
                }
                continue;
            }
            if (agrees(p.speaker, p.speakerType, gender, plural, neuter)) {
                copy(d, p);
                return;
            }
        }
        if (ns != null) {
            copy(d, ns);
            return;
        }
        if (gender != 0) {
            Subjects.Person h = lastPerson(windowStart, at, gender);
            if (h != null) {
                setPerson(d, agreeing(h, gender), h.start(), h.end());
                return;
            }
        }
        for (; k >= 0; k--) { // an earlier speaker before the window
            Draft p = before.get(k);
            if (p.speaker == null && failed(p)) {
                return;
            }
            if (p.speaker != null && agrees(p.speaker, p.speakerType, gender, plural, neuter)) {
                copy(d, p);
                return;
            }
        }
    }

    /**
     * An attribution whose speaker is unknown although it has one: a named source that did not
     * resolve, or a direct quote with a cue and no source found ("talks with X said: “…”").
     */
    private static boolean failed(Draft p) {
        return p.speaker == null && p.cue != null && !p.pronoun && (p.source != null || p.direct);
    }

    /** Whether {@code p}'s source lies inside the content of one of the {@code k} attributions before it. */
    private static boolean reported(Draft p, List<Draft> before, int k) {
        if (p.source == null) {
            return false;
        }
        for (int j = k; j >= 0 && j >= k - 3; j--) {
            Draft o = before.get(j);
            if (o == p || o.speaker == null || o.direct) {
                continue;
            }
            for (Attribution.Span c : o.content) {
                if (c.start() <= p.source.start() && p.source.end() <= c.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int position(Draft p) {
        return p.source != null ? p.source.start() : p.content.isEmpty() ? -1 : p.content.get(0).start();
    }

    private static void setPerson(Draft d, Entity e, int start, int end) {
        d.speaker = e.name();
        d.speakerType = Quote.SpeakerType.PERSON;
        d.speakerSpan = new Attribution.Span(start, end);
    }

    private static void copy(Draft d, Subjects.Noun n) {
        d.speaker = n.speaker();
        d.speakerType = n.type();
        d.speakerSpan = n.span();
    }

    /**
     * The newest noun subject in {@code [from, offset)} that "they" (plural), "it" or, when it names a
     * role of that gender ("the woman"), "he" or "she" can stand for; or null.
     */
    private Subjects.Noun nounSubject(int from, int offset, char gender, boolean plural) {
        for (int k = subjects.nouns.size() - 1; k >= 0; k--) {
            Subjects.Noun n = subjects.nouns.get(k);
            if (n.start() >= offset) {
                continue;
            }
            if (n.start() < from) {
                return null;
            }
            if (gender != 0 ? n.type() == Quote.SpeakerType.GROUP && SourceHead.roleGender(n.speaker()) == gender
                    : agrees(n.speaker(), n.type(), (char) 0, plural, !plural)) {
                return n;
            }
        }
        return null;
    }

    private static void copy(Draft d, Draft p) {
        d.speaker = p.speaker;
        d.speakerType = p.speakerType;
        d.speakerSpan = p.speakerSpan;
    }

    private boolean agrees(String speaker, Quote.SpeakerType type, char gender, boolean plural, boolean neuter) {
        if (plural) {
            return type == Quote.SpeakerType.GROUP && !SourceHead.singularRole(speaker)
                    || type == Quote.SpeakerType.ORGANISATION;
        }
        if (neuter) {
            return type == Quote.SpeakerType.ORGANISATION || type == Quote.SpeakerType.DOCUMENT;
        }
        if (type == Quote.SpeakerType.PERSON) {
            char g = genderOf(speaker);
            return g == 0 || g == gender;
        }
        if (type == Quote.SpeakerType.GROUP && SourceHead.singularRole(speaker)) {
            char g = SourceHead.roleGender(speaker);
            return g == 0 || g == gender; // "a spokeswoman … she said"
        }
        return type == Quote.SpeakerType.UNKNOWN && Gazetteer.get().place(speaker) == null;
    }

    /** 'm', 'f' or 0 for a speaker: the entity's titles and given name, else the pronouns after its mentions. */
    private char genderOf(String speaker) {
        if (index == null) {
            return Gazetteer.get().gender(speaker.split("\\s+")[0]);
        }
        for (Entity e : index.lookup(speaker)) {
            if (e.type() == Entity.Type.PERSON) {
                char g = index.gender(e);
                if (g != 0) {
                    return g;
                }
                int[] v = pronounVotes.get(e);
                if (v != null && v[0] != v[1]) {
                    return v[0] > v[1] ? 'm' : 'f';
                }
            }
        }
        return Gazetteer.get().gender(speaker.split("\\s+")[0]);
    }

    /** The last person named in {@code [from, offset)} whose gender agrees (or is unknown); never a place. */
    private Subjects.Person lastPerson(int from, int offset, char want) {
        for (int k = hits.size() - 1; k >= 0; k--) {
            EntityIndex.Hit h = hits.get(k);
            if (h.start() < from) {
                break;
            }
            if (h.end() <= offset) {
                Subjects.Person p = Subjects.candidates(hits, h);
                if (agreeing(p, want) != null) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * The first of the people a name may stand for whose gender is known to agree with {@code want},
     * else the first whose gender is unknown, or null.
     */
    private Entity agreeing(Subjects.Person p, char want) {
        Entity unknown = null;
        for (Entity e : p.candidates()) {
            char g = genderOf(e.name());
            if (g == want) {
                return e;
            }
            if (g == 0 && unknown == null) {
                unknown = e;
            }
        }
        return unknown;
    }

    /**
     * Gender from the text: the first he/him/his or she/her/hers after a person's mention in the same
     * sentence, with no other person named between, votes for that person.
     */
    private void countPronouns(List<Sentence> sentences) {
        if (index == null || hits.isEmpty()) {
            return;
        }
        int hi = 0;
        for (Sentence s : sentences) {
            while (hi < hits.size() && hits.get(hi).start() < s.start()) {
                hi++;
            }
            int k = hi;
            while (k < hits.size() && hits.get(k).end() <= s.end()) {
                EntityIndex.Hit h = hits.get(k);
                int limit = k + 1 < hits.size() && hits.get(k + 1).end() <= s.end() ? hits.get(k + 1).start() : s.end();
                Entity person = h.entities().size() == 1 ? Subjects.person(hits, h) : null; // "Scott": which one?
                if (person != null) {
                    for (Token t : s.tokens()) {
                        if (t.start() < h.end() || t.start() >= limit) {
                            continue;
                        }
                        String w = t.text().toLowerCase(Locale.ROOT);
                        if (MALE.contains(w) || FEMALE.contains(w)) {
                            pronounVotes.computeIfAbsent(person, e -> new int[2])[MALE.contains(w) ? 0 : 1]++;
                            break;
                        }
                    }
                }
                k++;
            }
        }
    }
}
