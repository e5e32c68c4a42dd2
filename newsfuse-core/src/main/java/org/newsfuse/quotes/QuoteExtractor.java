package org.newsfuse.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsfuse.entities.EntityIndex;
import org.newsfuse.model.Article;
import org.newsfuse.model.Paragraph;
import org.newsfuse.model.Quote;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Token;

import static org.newsfuse.quotes.Tags.*;

/**
 * Finds the attributions of one article, paragraph by paragraph and sentence by sentence, from
 * tagged tokens and quotation marks ({@link QuoteSpans}): each sentence's cues with their source
 * phrases and contents ({@link CueFinder}), then each attribution's speaker ({@link
 * SpeakerResolver}). Quotations nobody claims that open a sentence right after an attribution carry
 * it on (in the same or the next paragraphs, until a sentence of narrative) and inherit its speaker
 * only when that one was resolved; with no open attribution, they are direct quotes of their own with
 * no speaker.
 */
public final class QuoteExtractor {
    /** The attributions of an article, in text order. {@code index} may be null (names are then taken as written). */
    public List<Attribution> extract(Article a, EntityIndex index) {
        String text = a.text();
        List<EntityIndex.Hit> hits = index == null ? List.of() : index.scan(a);
        List<Sentence> sentences = rejoin(text, a.sentences());
        SpeakerResolver speakers = new SpeakerResolver(text, hits, index, sentences, a.paragraphs());
        List<Draft> all = new ArrayList<>();
        Draft open = null; // the last direct quote, while it may be carried on
        int si = 0;
        for (Paragraph p : a.paragraphs()) {
            List<QuoteSpans.Span> spans = QuoteSpans.find(text, p.start(), p.end());
            boolean[] used = new boolean[spans.size()];
            List<Sentence> ps = new ArrayList<>();
            while (si < sentences.size() && sentences.get(si).start() < p.end()) {
                if (sentences.get(si).start() >= p.start()) {
                    ps.add(sentences.get(si));
                }
                si++;
            }
            List<List<Draft>> perSentence = new ArrayList<>();
            for (Sentence s : ps) {
                List<Draft> found = CueFinder.sentence(text, s, spans, used);
                for (Draft d : found) {
                    d.paragraph = p.index();
                }
                perSentence.add(found);
            }
            for (int k = 0; k < ps.size(); k++) {
                Sentence s = ps.get(k);
                List<Draft> found = perSentence.get(k);
                for (Draft d : found) {
                    speakers.resolve(d, all);
                    all.add(d);
                    open = stillOpen(open, d, found);
                }
                for (int q = 0; q < spans.size(); q++) {
                    QuoteSpans.Span u = spans.get(q);
                    if (used[q] || u.start() < s.start() || u.start() >= s.end() || !opensSentence(text, s, u)) {
                        continue;
                    }
                    used[q] = true;
                    open = carryOn(open, u, p.index(), all, text);
                }
                if (found.isEmpty() && narrative(text, s, spans)) {
                    open = null;
                }
            }
        }
        List<Attribution> out = new ArrayList<>(all.size());
        for (Draft d : all) {
            d.content.sort((x, y) -> Integer.compare(x.start(), y.start()));
            Quote.Kind kind = d.direct ? Quote.Kind.DIRECT : d.partial ? Quote.Kind.PARTIAL : Quote.Kind.INDIRECT;
            out.add(new Attribution(a.id(), kind, d.content, d.cue, d.source, d.sourceText, d.speaker, d.speakerType,
                    d.speakerSpan));
        }
        return out;
    }

    /**
     * The attribution open after {@code d}, found in the same sentence as {@code found}: {@code d},
     * unless it has no source and a direct quote of this sentence with a speaker is open ("“…,” [name]
     * said when asked about …. “…”": the next quotation carries on the direct quote, not the question).
     */
    static Draft stillOpen(Draft open, Draft d, List<Draft> found) {
        boolean keep = open != null && open != d && open.direct && open.speaker != null && found.contains(open)
                && d.source == null && d.speaker == null && !d.direct;
        return keep ? open : d;
    }

    /**
     * A quotation opening a sentence with no cue of its own: another part of the open direct quote
     * (its speaker, when it has one), or, after reported speech, a direct quote of the same source
     * whose speaker is that one's only when it was resolved (null stays null, nothing older is
     * taken); with no open attribution, a direct quote of its own with no speaker. Returns the
     * attribution now open.
     */
    private static Draft carryOn(Draft open, QuoteSpans.Span u, int paragraph, List<Draft> all, String text) {
        if (open != null && open.direct) {
            open.content.add(new Attribution.Span(u.start(), u.end()));
            return open;
        }
        if (open != null) {
            Draft c = new Draft();
            c.direct = true;
            c.paragraph = paragraph;
            c.cue = open.cue;
            c.sameSourceAs(open);
            c.sameAs = open;
            c.speaker = open.speaker;
            c.speakerType = open.speakerType;
            c.speakerSpan = open.speakerSpan;
            c.content.add(new Attribution.Span(u.start(), u.end()));
            all.add(c);
            return c;
        }
        if (words(text, u.start(), u.end()) < 4) {
            return open;
        }
        Draft f = new Draft();
        f.direct = true;
        f.paragraph = paragraph;
        f.content.add(new Attribution.Span(u.start(), u.end()));
        all.add(f);
        return f;
    }

    /** Short forms the sentence detector may take for a sentence's end ("said Sen. | Ted Cruz"). */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "lt", "gen",
            "col", "st", "rev", "prof", "sgt", "capt", "maj", "atty", "pres", "sens", "reps", "gens", "messrs", "hon",
            "ft", "mt", "ala", "ariz", "ark", "calif", "colo", "conn", "fla", "ga", "ill", "ind", "kan", "ky", "la",
            "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va",
            "vt", "wash", "wis", "wyo");

    /**
     * Sentences the detector split after a title or an initial ("said Ms. | Acosta", "Steven M. |
     * Ekovich") are joined again, the short form and its period made one proper-noun token.
     */
    static List<Sentence> rejoin(String text, List<Sentence> in) {
        return joinShortForms(text, rejoinSentences(text, in));
    }

    /**
     * A title or an initial the tokenizer cut from its period inside a sentence ("Mrs | . | Warren",
     * "Joseph R | . | Biden") is made one proper-noun token, so the name reads as one.
     */
    static List<Sentence> joinShortForms(String text, List<Sentence> in) {
        List<Sentence> out = new ArrayList<>(in.size());
        boolean changed = false;
        for (Sentence s : in) {
            List<Token> t = s.tokens();
            List<Token> joined = null;
            for (int k = 0; k < t.size(); k++) {
                Token tok = t.get(k);
                if (k + 2 < t.size() && t.get(k + 1).text().equals(".") && t.get(k + 1).start() == tok.end()
                        && shortForm(tok.text()) && t.get(k + 2).isWord()
                        && Character.isUpperCase(t.get(k + 2).text().charAt(0))) {
                    if (joined == null) {
                        joined = new ArrayList<>(t.subList(0, k));
                    }
                    joined.add(new Token(tok.start(), t.get(k + 1).end(), text.substring(tok.start(), t.get(k + 1).end()),
                            "PROPN", tok.stem()));
                    k++;
                } else if (joined != null) {
                    joined.add(tok);
                }
            }
            if (joined != null) {
                changed = true;
                out.add(new Sentence(s.index(), s.paragraph(), s.start(), s.end(), joined));
            } else {
                out.add(s);
            }
        }
        return changed ? out : in;
    }

    private static boolean shortForm(String w) {
        String bare = w.length() > 2 && w.charAt(1) == '-' ? w.substring(2) : w; // "R-Fla."
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && (ABBREVIATIONS.contains(bare.toLowerCase(Locale.ROOT))
                || w.length() == 1 && !w.equals("I") && !w.equals("A"));
    }

    private static List<Sentence> rejoinSentences(String text, List<Sentence> in) {
        List<Sentence> out = null;
        for (int k = 0; k < in.size(); k++) {
            Sentence s = in.get(k);
            Sentence prev = out == null ? (k > 0 ? in.get(k - 1) : null) : (out.isEmpty() ? null : out.get(out.size() - 1));
            boolean shortForm = prev != null && prev.paragraph() == s.paragraph() && splitAfterShortForm(prev, s);
            if (shortForm || prev != null && prev.paragraph() == s.paragraph() && carriesOn(s)) {
                if (out == null) {
                    out = new ArrayList<>(in.subList(0, k));
                }
                List<Token> t = new ArrayList<>(prev.tokens());
                if (shortForm) {
                    Token dot = t.remove(t.size() - 1);
                    Token abbr = t.remove(t.size() - 1);
                    t.add(new Token(abbr.start(), dot.end(), text.substring(abbr.start(), dot.end()), "PROPN",
                            abbr.stem()));
                }
                t.addAll(s.tokens());
                out.set(out.size() - 1, new Sentence(prev.index(), prev.paragraph(), prev.start(), s.end(), t));
            } else if (out != null) {
                out.add(s);
            }
        }
        return out == null ? in : out;
    }

    private static boolean splitAfterShortForm(Sentence prev, Sentence next) {
        List<Token> p = prev.tokens();
        List<Token> n = next.tokens();
        if (p.size() < 2 || n.isEmpty() || !p.get(p.size() - 1).text().equals(".")) {
            return false;
        }
        Token abbr = p.get(p.size() - 2);
        if (abbr.end() != p.get(p.size() - 1).start()) {
            return false;
        }
        String w = abbr.text();
        String bare = w.length() > 2 && w.charAt(1) == '-' ? w.substring(2) : w; // "R-Fla."
        boolean shortForm = ABBREVIATIONS.contains(bare.toLowerCase(Locale.ROOT)) && Character.isUpperCase(w.charAt(0))
                || w.length() == 1 && Character.isUpperCase(w.charAt(0)) && !w.equals("I") && !w.equals("A");
        String first = n.get(0).text();
        return shortForm && !first.isEmpty() && Character.isUpperCase(first.charAt(0)) && n.get(0).isWord();
    }

    /** A "sentence" opening with a lower-case word ("said.") carries on the one before. */
    private static boolean carriesOn(Sentence next) {
        String first = next.tokens().isEmpty() ? "" : next.tokens().get(0).text();
        return !first.isEmpty() && Character.isLowerCase(first.charAt(0)) && next.tokens().get(0).isWord();
    }

    private static boolean opensSentence(String text, Sentence s, QuoteSpans.Span u) {
        for (int k = s.start(); k < u.start(); k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && c != '•' && c != '-' && c != '—') {
                return false;
            }
        }
        return true;
    }

    /** A sentence with at least three words outside quotation marks. */
    private static boolean narrative(String text, Sentence s, List<QuoteSpans.Span> spans) {
        int n = 0;
        for (Token t : s.tokens()) {
            if (t.isWord() && !inside(spans, t.start())) {
                n++;
            }
        }
        return n >= 3;
    }
}
