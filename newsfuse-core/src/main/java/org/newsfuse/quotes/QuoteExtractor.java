package org.newsfuse.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsfuse.entities.EntityIndex;
import org.newsfuse.entities.Gazetteer;
import org.newsfuse.model.Article;
import org.newsfuse.model.Entity;
import org.newsfuse.model.Paragraph;
import org.newsfuse.model.Quote;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Token;

/**
 * Finds the attributions of one article, sentence by sentence, from tagged tokens and quotation
 * marks. The order of decisions for each cue (a verb of saying outside quotation marks, or
 * "according to"):
 * <ol>
 * <li>the source: the noun phrase before the cue ("Lavrov said", "Scott Pruitt, the attorney
 * general of Oklahoma, said", "who said"); after it when the cue follows a comma or a closing mark
 * ("…," said Lavrov); the subject of the sentence for ", saying …"; none when the phrase before is
 * the object of a preposition ("talks with Lavrov said");</li>
 * <li>the content after the cue (skipping adverbs, times, the object of "told", and a prepositional
 * phrase before "that" or a colon): a quotation in marks (direct), a "that" clause, or a clause with
 * a verb (indirect, or partial when it holds quoted words);</li>
 * <li>else the content before the source, up to a comma or closing mark: a whole quotation (direct,
 * possibly begun sentences earlier) or a clause; a quotation after the attribution (“…,” he said,
 * “…”) joins it;</li>
 * <li>quotations nobody else claims that open a sentence right after a direct quote carry it on (in
 * the same or the next paragraphs, until a sentence of narrative); others are direct quotes with no
 * speaker.</li>
 * </ol>
 * Speakers: the entity the source names; a pronoun goes to the last speaker of the current or the
 * two previous paragraphs whose gender agrees, else to the last person named as a sentence's first
 * person; a relative "who" to the name before it; otherwise null.
 */
public final class QuoteExtractor {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that");
    private static final Set<String> NOUN_DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "this", "these", "those", "my", "your");
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "tomorrow", "morning", "afternoon", "evening",
            "night", "earlier", "later", "recently", "previously", "again", "also", "then", "once", "last", "this",
            "week", "month", "year", "weekend", "separately", "publicly", "privately", "repeatedly", "simply");
    private static final Set<String> NP_INNER_PREPOSITIONS = Set.of("of", "for", "at");
    private static final Set<String> QUANTIFIERS = Set.of("several", "many", "some", "most", "others", "both", "all",
            "few", "one", "two", "three", "none", "either", "neither", "half");
    private static final Set<String> CLOSING_MARKS = Set.of("”", "\"", "’", "'", "''");
    private static final Set<String> OPENING_MARKS = Set.of("“", "\"", "‘", "'", "``");

    private final SpeechVerbs verbs = SpeechVerbs.get();

    /** A mutable attribution while the article is read. */
    private static final class Draft {
        final List<Attribution.Span> content = new ArrayList<>();
        Attribution.Span cue;
        Attribution.Span source;
        String sourceText;
        boolean direct;
        boolean partial;
        String speaker;
        int paragraph;
        int antecedentEnd = -1;
        boolean pronoun;
    }

    /** The attributions of an article, in text order. {@code index} may be null (speakers are then null). */
    public List<Attribution> extract(Article a, EntityIndex index) {
        String text = a.text();
        List<EntityIndex.Hit> hits = index == null ? List.of() : index.scan(a);
        List<Draft> all = new ArrayList<>();
        Draft open = null; // the last direct quote, while it may be carried on
        int si = 0;
        List<Sentence> sentences = rejoin(text, a.sentences());
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
                List<Draft> found = sentence(text, s, spans, used);
                for (Draft d : found) {
                    d.paragraph = p.index();
                }
                perSentence.add(found);
            }
            for (int k = 0; k < ps.size(); k++) {
                Sentence s = ps.get(k);
                List<Draft> found = perSentence.get(k);
                for (Draft d : found) {
                    resolveSpeaker(text, d, hits, all, index);
                    all.add(d);
                    open = d;
                }
                for (int q = 0; q < spans.size(); q++) {
                    QuoteSpans.Span u = spans.get(q);
                    if (used[q] || u.start() < s.start() || u.start() >= s.end()) {
                        continue;
                    }
                    if (!opensSentence(text, s, u)) {
                        continue;
                    }
                    used[q] = true;
                    if (open != null && open.direct) {
                        open.content.add(new Attribution.Span(u.start(), u.end()));
                    } else if (open != null) {
                        Draft c = new Draft();
                        c.direct = true;
                        c.paragraph = p.index();
                        c.cue = open.cue;
                        c.source = open.source;
                        c.sourceText = open.sourceText;
                        c.speaker = open.speaker;
                        c.pronoun = open.pronoun;
                        c.content.add(new Attribution.Span(u.start(), u.end()));
                        all.add(c);
                        open = c;
                    } else if (words(text, u.start(), u.end()) >= 4) {
                        Draft f = new Draft();
                        f.direct = true;
                        f.paragraph = p.index();
                        f.content.add(new Attribution.Span(u.start(), u.end()));
                        all.add(f);
                        open = f;
                    }
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
            out.add(new Attribution(a.id(), kind, d.content, d.cue, d.source, d.sourceText, d.speaker));
        }
        return out;
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

    private static boolean inside(List<QuoteSpans.Span> spans, int offset) {
        for (QuoteSpans.Span s : spans) {
            if (s.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    private static int words(String text, int from, int to) {
        return QuoteSpans.words(text, from, to);
    }

    // ---------------------------------------------------------------- one sentence

    private List<Draft> sentence(String text, Sentence s, List<QuoteSpans.Span> spans, boolean[] used) {
        List<Token> t = s.tokens();
        int n = t.size();
        boolean[] inQ = new boolean[n];
        for (int i = 0; i < n; i++) {
            inQ[i] = inside(spans, t.get(i).start());
        }
        List<Draft> out = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            if (!inQ[c] && "ask".equals(verbs.lemma(lower(t, c))) && pos(t, c).equals("VERB")) {
                Draft d = ask(text, t, c, spans, used, inQ);
                if (d != null) {
                    out.add(d);
                    continue;
                }
            }
            if (!inQ[c] && verbs.isForm(lower(t, c)) && pos(t, c).equals("NOUN")) {
                Draft d = noun(text, t, c, spans, used);
                if (d != null) {
                    out.add(d);
                    continue;
                }
            }
            if (inQ[c] || !isCue(text, t, c, spans)) {
                continue;
            }
            Draft d = lower(t, c).equals("according") ? according(text, s, t, c, spans, used)
                    : verb(text, s, t, c, spans, used, out);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    private static String lower(List<Token> t, int i) {
        return i < 0 || i >= t.size() ? "" : t.get(i).text().toLowerCase(Locale.ROOT);
    }

    /**
     * The tag of a token; for a token the tokenizer left whole with its clitic ("week's" NOUN+PART,
     * "they're" PRON+AUX), the tag of its first part.
     */
    private static String pos(List<Token> t, int i) {
        if (i < 0 || i >= t.size() || t.get(i).pos() == null) {
            return "";
        }
        String p = t.get(i).pos();
        int plus = p.indexOf('+');
        return plus > 0 ? p.substring(0, plus) : p;
    }

    private boolean isCue(String text, List<Token> t, int c, List<QuoteSpans.Span> spans) {
        String w = lower(t, c);
        if (w.equals("according")) {
            return lower(t, c + 1).equals("to");
        }
        if (!verbs.isForm(w)) {
            return false;
        }
        boolean strong = w.equals("said") || w.equals("says") || w.equals("told");
        if (!strong && !pos(t, c).equals("VERB") && !nounTaggedVerb(t, c)) {
            return false;
        }
        String before = lower(t, c - 1);
        if (NOUN_DETERMINERS.contains(before) || before.equals("to")) {
            return false;
        }
        if (verbs.isCore(w)) {
            return true;
        }
        return nearQuote(text, t.get(c), spans);
    }

    /**
     * "The ad claims that …", "the company warning that …": a form the tagger took for a noun, right
     * after a noun phrase and before "that".
     */
    private static boolean nounTaggedVerb(List<Token> t, int c) {
        String p = pos(t, c - 1);
        return pos(t, c).equals("NOUN") && lower(t, c + 1).equals("that")
                && (p.equals("NOUN") || p.equals("PROPN") || p.equals("PRON"))
                && !lower(t, c - 1).endsWith("'s") && !lower(t, c - 1).endsWith("’s");
    }

    private static boolean nearQuote(String text, Token cue, List<QuoteSpans.Span> spans) {
        for (QuoteSpans.Span s : spans) {
            if (s.end() <= cue.start() && cue.start() - s.end() <= 40) {
                return true;
            }
            if (s.start() >= cue.end() && s.start() - cue.end() <= 40) {
                return true;
            }
        }
        return false;
    }

    private Draft according(String text, Sentence s, List<Token> t, int c, List<QuoteSpans.Span> spans,
            boolean[] used) {
        int[] np = forwardNP(t, c + 2);
        if (np == null) {
            np = looseSourceAfter(t, c + 2);
        }
        if (np == null) {
            return null;
        }
        Draft d = new Draft();
        d.cue = new Attribution.Span(t.get(c).start(), t.get(c + 1).end());
        setSource(d, text, t, np[0], np[1]);
        int first = firstWord(t);
        int lead = first;
        while (lead < c && (pos(t, lead).equals("CCONJ") || pos(t, lead).equals("ADV") || !t.get(lead).isWord())) {
            lead++; // "But according to …"
        }
        if (c > first && c == lead) {
            first = c;
        }
        int close = -1; // the comma closing "according to X," inside a sentence
        for (int k = np[1]; k < t.size() && k - np[1] <= 25; k++) {
            if (lower(t, k).equals(",")) {
                close = k;
                break;
            }
            if (!npToken(t, k) && !pos(t, k).equals("ADP") && !pos(t, k).equals("DET") && !pos(t, k).equals("CCONJ")
                    && !pos(t, k).equals("PRON") && !pos(t, k).equals("PUNCT") && !pos(t, k).equals("VERB")) {
                break;
            }
        }
        if (c > first && lower(t, c - 1).equals(",") && close > 0 && close + 1 < t.size()
                && !RELATIVES.contains(lower(t, close + 1)) && !isParticipleCue(t, close + 1)
                && hasVerb(t, close + 1, clauseEnd(t, close + 1))) {
            // "G4S receives, according to one report, $234 million …", "Over the long term, according to
            // the budget office, the rise in deficits is …": both sides of the attribution
            boolean before = addClause(text, d, t, first, c - 1, spans, used, 1);
            boolean after = addClause(text, d, t, close + 1, clauseEnd(t, close + 1), spans, used, 1);
            return before || after ? d : null;
        }
        if (c <= first) {
            int r = np[1];
            while (r < t.size() && !lower(t, r).equals(",")) {
                r++;
            }
            r++;
            if (r >= t.size()) {
                return null;
            }
            if (!addClause(text, d, t, r, clauseEnd(t, r), spans, used)) {
                return null;
            }
        } else if (!addClause(text, d, t, first, c, spans, used)) {
            return null;
        }
        return d;
    }

    /**
     * "according to exit/PRON polls.", "according to polling/VERB by the union.": a source the tagger
     * spoiled, taken whole when it runs to a comma or the sentence's end and holds a noun.
     */
    private static int[] looseSourceAfter(List<Token> t, int i) {
        int n = t.size();
        int j = i;
        boolean noun = false;
        while (j < n && j - i < 8 && !pos(t, j).equals("PUNCT")) {
            if (j > i && (pos(t, j).equals("AUX") || pos(t, j).equals("SCONJ") || RELATIVES.contains(lower(t, j)))) {
                return null;
            }
            noun |= pos(t, j).equals("NOUN") || pos(t, j).equals("PROPN");
            j++;
        }
        boolean closed = j >= n || lower(t, j).equals(",") || lower(t, j).equals(".");
        return noun && closed && j > i ? new int[] {i, j} : null;
    }

    private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "why", "how", "what", "who", "which",
            "when", "where");
    private static final Set<String> PASSIVE_OPENERS = Set.of("when", "after", "before", "if", "once", "as", "while",
            "was", "were", "is", "are", "been", "being", "be", "get", "got");

    /**
     * A question or request: "When asked about the deal, …", "Rubio was asked by the moderator whether
     * …", "she asked voters to …", "Trump asked why …". The source is the asker (the "by" phrase of a
     * passive, none when it has none); the content is the question from its "about", question word or
     * "to" on, or a request for something.
     */
    private Draft ask(String text, List<Token> t, int c, List<QuoteSpans.Span> spans, boolean[] used, boolean[] inQ) {
        int n = t.size();
        int v0 = c;
        while (v0 - 1 >= 0 && (pos(t, v0 - 1).equals("ADV") || lower(t, v0 - 1).equals("not"))) {
            v0--;
        }
        String before = lower(t, v0 - 1);
        boolean passive = v0 <= firstWord(t) || PASSIVE_OPENERS.contains(before)
                || before.equals(",") && lower(t, c).equals("asked");
        Draft d = new Draft();
        d.cue = new Attribution.Span(t.get(c).start(), t.get(c).end());
        int r = c + 1;
        int objStart = -1;
        if (passive) {
            if (!lower(t, c).equals("asked")) {
                return null;
            }
            if (lower(t, r).equals("by")) {
                int[] np = forwardNP(t, r + 1);
                if (np == null) {
                    return null;
                }
                setSource(d, text, t, np[0], np[1]);
                r = np[1];
            }
        } else {
            int[] np = backwardNP(t, v0 - 1);
            if (np == null && (before.equals("and") || before.equals("but"))) {
                np = coordinatedSubject(t, v0 - 1, inQ);
            }
            if (np == null) {
                return null;
            }
            setSource(d, text, t, np[0], np[1]);
            if (np.length > 2) {
                d.antecedentEnd = np[2];
            }
            int[] obj = forwardNP(t, r);
            if (obj != null) {
                objStart = r;
                r = obj[1];
            }
        }
        r = skipAdverbials(t, r);
        while (r < n && pos(t, r).equals("ADP") && !lower(t, r).equals("about") && !lower(t, r).equals("for")
                && !QUESTION_WORDS.contains(lower(t, r))) {
            int[] np = forwardNP(t, r + 1); // "asked in May if …", "asked on Fox News about …"
            if (np == null) {
                break;
            }
            r = skipAdverbials(t, np[1]);
        }
        if (r >= n || inQ[r]) {
            return null;
        }
        String x = lower(t, r);
        int from;
        if (QUESTION_WORDS.contains(x) || x.equals("about")) {
            from = r;
        } else if (x.equals("for") && !passive) {
            from = r + 1; // "asked for $1.9 billion to fight Zika"
        } else if (x.equals("to") && objStart >= 0 && (pos(t, r + 1).equals("VERB") || pos(t, r + 1).equals("AUX"))) {
            from = objStart; // "asked white actors to act …"
        } else {
            return null;
        }
        return addClause(text, d, t, from, clauseEnd(t, r), spans, used) ? d : null;
    }

    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its", "our", "my",
            "your");

    /**
     * A noun of saying with its possessor and its "that" clause (or, for a commitment, its "to"
     * clause): "Trump's claim that …", "her warning that …", "his promise to build …".
     */
    private Draft noun(String text, List<Token> t, int c, List<QuoteSpans.Span> spans, boolean[] used) {
        int n = t.size();
        int p = c - 1;
        if (p < 0 || c + 2 >= n) {
            return null;
        }
        String r = lower(t, c + 1);
        String lemma = verbs.lemma(lower(t, c));
        boolean that = r.equals("that") && hasVerb(t, c + 2, clauseEnd(t, c + 2));
        boolean to = r.equals("to") && COMMITMENTS.contains(lemma)
                && (pos(t, c + 2).equals("VERB") || pos(t, c + 2).equals("AUX"));
        if (!that && !to) {
            return null;
        }
        String pw = lower(t, p);
        int[] np;
        if (POSSESSIVE_PRONOUNS.contains(pw)) {
            np = new int[] {p, p + 1};
        } else if (pw.equals("'s") || pw.equals("’s")) {
            np = p > 0 ? backwardNP(t, p - 1) : null;
        } else if ((pw.endsWith("'s") || pw.endsWith("’s")) && pw.length() > 2) {
            np = backwardNP(t, p);
        } else {
            return null;
        }
        if (np == null) {
            return null;
        }
        Draft d = new Draft();
        d.cue = new Attribution.Span(t.get(c).start(), t.get(c).end());
        setSource(d, text, t, np[0], np[1]);
        int end = clauseEnd(t, c + 2);
        for (int k = c + 3; to && k < end; k++) {
            if (pos(t, k).equals("AUX")) {
                end = k; // "her promise to rebuild the harbour was welcomed": the sentence's own verb
            }
        }
        return addClause(text, d, t, c + 1, end, spans, used) ? d : null;
    }

    private static int firstWord(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).isWord()) {
                return i;
            }
        }
        return t.size();
    }

    /**
     * "Trump is telling voters …" (a progressive with its subject) and "with 62 percent of voters saying
     * they …", "a statement saying …" (a participle right after its noun phrase): the -ing form has a
     * subject of its own.
     */
    private static boolean progressiveOrNounSubject(List<Token> t, int v0, int c) {
        if (v0 <= 0) {
            return false;
        }
        boolean aux = false;
        for (int k = v0; k < c; k++) {
            aux |= pos(t, k).equals("AUX") && !lower(t, k).equals("being");
        }
        String p = pos(t, v0 - 1);
        if (aux) {
            return p.equals("PRON") || p.equals("NOUN") || p.equals("PROPN");
        }
        return v0 == c && (p.equals("NOUN") || p.equals("PROPN") || p.equals("PRON")) && backwardNP(t, v0 - 1) != null;
    }

    private Draft verb(String text, Sentence s, List<Token> t, int c, List<QuoteSpans.Span> spans, boolean[] used,
            List<Draft> earlier) {
        int n = t.size();
        String w = lower(t, c);
        int v0 = c;
        while (v0 - 1 >= 0 && (pos(t, v0 - 1).equals("AUX") || pos(t, v0 - 1).equals("ADV")
                || lower(t, v0 - 1).equals("not") || lower(t, v0 - 1).equals("n't"))) {
            v0--;
        }
        boolean participle = w.endsWith("ing") && v0 > 0 && (lower(t, v0 - 1).equals(",") || lower(t, v0 - 1).equals("and")
                || CLOSING_MARKS.contains(t.get(v0 - 1).text()) && lower(t, v0 - 2).equals(","));
        if (w.endsWith("ing") && v0 <= firstWord(t)) {
            return null; // "Saying that …, Lavrov …": the main verb carries it
        }
        if (w.endsWith("ing") && !participle && !progressiveOrNounSubject(t, v0, c)) {
            return null; // "after saying", "by saying": no subject of its own here
        }
        Draft d = new Draft();
        d.cue = new Attribution.Span(t.get(c).start(), t.get(c).end());
        boolean inverted = false;
        int coreFrom = v0;
        int coreTo = c + 1;
        int[] subjectBefore = !participle && v0 > 0 && lower(t, v0 - 1).equals(",") ? appositiveSubject(t, v0 - 1) : null;
        if (!participle && v0 > 0 && subjectBefore == null && isInversionTrigger(t, v0 - 1)) {
            int[] np = forwardNP(t, c + 1);
            boolean pronounSubject = np != null && np[1] - np[0] == 1 && pos(t, np[0]).equals("PRON") && np[1] < n
                    && !pos(t, np[1]).equals("PUNCT") && !pos(t, np[1]).equals("ADP");
            if (np != null && !pronounSubject && (np[1] >= n || isAfterInvertedSource(t, np[1]))) {
                inverted = true;
                setSource(d, text, t, np[0], np[1]);
                coreTo = np[1];
            }
        }
        if (!inverted && !participle) {
            int[] np = backwardNP(t, v0 - 1);
            boolean coordinated = false;
            if (np == null && v0 > 0 && (lower(t, v0 - 1).equals("and") || lower(t, v0 - 1).equals("but"))) {
                Draft prev = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
                if (prev != null && prev.source != null && prev.cue.end() <= t.get(v0).start()) {
                    // "He said … and said that …": the same speaker
                    d.source = prev.source;
                    d.sourceText = prev.sourceText;
                    d.antecedentEnd = prev.antecedentEnd;
                    d.pronoun = prev.pronoun;
                    coreFrom = v0;
                } else {
                    np = coordinatedSubject(t, v0 - 1, inQuote(text, t, spans));
                    coordinated = np != null;
                    if (np == null && STRONG.contains(w)) {
                        np = subject(t); // "He expressed concern about … and said he hoped …"
                        coordinated = np != null;
                    }
                }
            } else if (np == null && STRONG.contains(w)) {
                np = looseSubject(t, v0);
            }
            if (np != null) {
                setSource(d, text, t, np[0], np[1]);
                if (np.length > 2) {
                    d.antecedentEnd = np[2];
                }
                coreFrom = coordinated ? v0 : np[0];
            } else if (v0 == 0 || !lower(t, v0 - 1).equals(",")) {
                // no subject found and none can be inferred
                if (v0 > 0 && pos(t, v0 - 1).equals("ADP")) {
                    coreFrom = v0;
                }
            }
        }
        if (participle) {
            Draft prev = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
            if (prev != null && prev.source != null) {
                d.source = prev.source;
                d.sourceText = prev.sourceText;
                d.antecedentEnd = prev.antecedentEnd;
            } else {
                int[] subj = subject(t);
                if (subj != null) {
                    setSource(d, text, t, subj[0], subj[1]);
                }
            }
        }
        // content after the cue
        int r = coreTo;
        if (!inverted && verbs.lemma(w) != null && verbs.lemma(w).equals("tell")) {
            int[] obj = forwardNP(t, r);
            if (obj != null) {
                r = obj[1];
            }
        }
        r = skipAdverbials(t, r);
        int pp = skipPrepositionalPhrases(t, r);
        if (pp != r && (lower(t, pp).equals("that") || lower(t, pp).equals(":") || startsQuote(text, t, pp, spans)
                || lower(t, pp).equals(",") && startsQuote(text, t, pp + 1, spans))) {
            r = pp;
        }
        if (r + 1 < n && (lower(t, r).equals(",") || DASHES.contains(lower(t, r)))) {
            // "said — on Twitter, as it happens — that …", "said, in a statement, that …"
            for (int k = r + 2; k < n - 1 && k - r <= 20; k++) {
                if (t.get(k).text().equals(t.get(r).text())) {
                    if (lower(t, k + 1).equals("that") || startsQuote(text, t, k + 1, spans)) {
                        r = k + 1;
                    }
                    break;
                }
            }
        }
        if (r < n) {
            String x = lower(t, r);
            int q = r;
            if (x.equals(":") || x.equals(",") || x.equals("that") && (lower(t, r + 1).equals(",")
                    || startsQuote(text, t, r + 1, spans))) {
                q = r + 1;
                if (lower(t, q).equals(",")) {
                    q++;
                }
            }
            QuoteSpans.Span span = q < n ? spanStartingAt(spans, t.get(q).start()) : null;
            if (d.source == null && !(span != null && (x.equals(":") || x.equals(",")))) {
                return null;
            }
            if (span != null && (x.equals(":") || x.equals(",") && !participle || q == r || x.equals("that"))) {
                markUsed(spans, used, span);
                d.content.add(new Attribution.Span(span.start(), span.end()));
                d.direct = true;
                return d;
            }
            if (d.source != null && !inverted && ONE_WORD_ANSWERS.contains(x)
                    && (r + 1 >= n || pos(t, r + 1).equals("PUNCT") || pos(t, r + 1).equals("CCONJ"))) {
                // "46 percent said yes", "the governor said so"
                if (addClause(text, d, t, r, r + 1, spans, used, 1)) {
                    return d;
                }
            }
            if (x.equals("that") && r + 1 < n) {
                if (addClause(text, d, t, r, clauseEnd(t, r + 1), spans, used)) {
                    return d;
                }
            } else if (!inverted && x.equals(":") && r + 1 < n) {
                if (addClause(text, d, t, r + 1, clauseEnd(t, r + 1), spans, used)) {
                    return d;
                }
            } else if (!inverted && (startsClause(t, r) || relativeGap(t, coreFrom, r)) && hasVerb(t, r, clauseEnd(t, r))) {
                if (addClause(text, d, t, r, clauseEnd(t, r), spans, used)) {
                    return d;
                }
            }
        }
        String lemma = verbs.lemma(w);
        if (!inverted && d.source != null && r + 1 < n && lower(t, r).equals("to") && COMMITMENTS.contains(lemma)
                && (pos(t, r + 1).equals("VERB") || pos(t, r + 1).equals("AUX"))) {
            // "pledged to create 700,000 jobs"
            if (addClause(text, d, t, r, clauseEnd(t, r), spans, used)) {
                return d;
            }
        }
        if (!inverted && d.source != null && r < n && NP_COMPLEMENTS.contains(lemma) && npStart(t, r)
                && forwardNP(t, r) != null) {
            // "announced 6,000 layoffs", "noted the explosive campaign material used by …"
            if (addClause(text, d, t, r, clauseEnd(t, r), spans, used)) {
                return d;
            }
        }
        if (participle || d.source == null) {
            return null;
        }
        // content before the source
        int b = coreFrom - 1;
        if (b < 0 || b < firstWord(t)) {
            // the quote may end the sentence before: “… Trump!” Sessions said.
            QuoteSpans.Span q = quoteEndingBefore(text, t.get(Math.max(0, coreFrom)).start(), spans);
            if (q == null) {
                return null;
            }
            markUsed(spans, used, q);
            d.content.add(new Attribution.Span(q.start(), q.end()));
            d.direct = true;
            return d;
        }
        String bw = t.get(b).text();
        if (lower(t, b).equals("as") && (b <= firstWord(t) || lower(t, b - 1).equals(","))) {
            // "Just weeks ago, as Western Journalism reported, Thor and Beck were …"
            int after = skipPrepositionalPhrases(t, skipAdverbials(t, coreTo));
            boolean any = b > firstWord(t) && addClause(text, d, t, firstWord(t), b - 1, spans, used);
            if (lower(t, after).equals(",") && after + 1 < n && hasVerb(t, after + 1, clauseEnd(t, after + 1))) {
                any |= addClause(text, d, t, after + 1, clauseEnd(t, after + 1), spans, used);
            }
            return any ? d : null;
        }
        boolean delimiter = bw.equals(",") || CLOSING_MARKS.contains(bw) || bw.equals("—") || bw.equals("–")
                || bw.equals("-");
        if (!delimiter) {
            return null;
        }
        int limit = t.get(b).end();
        QuoteSpans.Span q = null;
        for (QuoteSpans.Span sp : spans) {
            if (sp.end() <= limit && sp.end() >= (b > 0 ? t.get(b - 1).start() : t.get(b).start())) {
                q = sp;
            }
        }
        int first = firstWord(t);
        if (q != null && (q.start() <= t.get(Math.min(first, n - 1)).start() || q.start() < s.start())) {
            markUsed(spans, used, q);
            d.content.add(new Attribution.Span(q.start(), q.end()));
            d.direct = true;
        } else {
            int to = bw.equals(",") ? b : b + 1;
            // a phrase with no verb and no quotation ("On the campaign trail, Cruz said …") is no content
            boolean clause = hasVerb(t, first, to) || bw.equals(",") && hasQuote(t, first, to, spans);
            if (!clause || !addClause(text, d, t, first, to, spans, used, 2)) {
                // "Survival, Mr. VandeHei says, depends on …": one word before, the rest after
                int after = skipPrepositionalPhrases(t, skipAdverbials(t, coreTo));
                if (!(bw.equals(",") && lower(t, after).equals(",") && after + 1 < n && !isParticipleCue(t, after + 1)
                        && hasVerb(t, after + 1, clauseEnd(t, after + 1))
                        && addClause(text, d, t, first, to, spans, used, 1))) {
                    return null;
                }
            }
        }
        // a quotation after the attribution: “…,” he said, “…”
        int after = skipAdverbials(t, coreTo);
        after = skipPrepositionalPhrases(t, after);
        if (lower(t, after).equals(",") || lower(t, after).equals(":")) {
            QuoteSpans.Span next = after + 1 < n ? spanStartingAt(spans, t.get(after + 1).start()) : null;
            if (next != null) {
                markUsed(spans, used, next);
                d.content.add(new Attribution.Span(next.start(), next.end()));
            } else if (!d.direct && after + 1 < n && !isParticipleCue(t, after + 1)) {
                addClause(text, d, t, after + 1, clauseEnd(t, after + 1), spans, used);
            }
        }
        return d;
    }

    private static boolean[] inQuote(String text, List<Token> t, List<QuoteSpans.Span> spans) {
        boolean[] q = new boolean[t.size()];
        for (int i = 0; i < q.length; i++) {
            q[i] = inside(spans, t.get(i).start());
        }
        return q;
    }

    /**
     * The subject shared by a verb of saying joined to an earlier verb ("Fields tweeted a photograph
     * and said …", "Sanders, who endorsed Canova and said …"): the subject of the nearest finite verb
     * before the conjunction at {@code and}, outside quotation marks; null when there is none.
     */
    private static int[] coordinatedSubject(List<Token> t, int and, boolean[] inQ) {
        int verbs = 0;
        for (int k = and - 1; k >= 0 && verbs < 3; k--) {
            String p = pos(t, k);
            if (inQ[k] || !(p.equals("VERB") || p.equals("AUX"))) {
                continue;
            }
            String w = lower(t, k);
            if (w.endsWith("ing") || lower(t, k - 1).equals("to")) {
                continue; // "a statement saying …", "to provide": not the finite verb
            }
            verbs++;
            int v = k;
            while (v - 1 >= 0 && (pos(t, v - 1).equals("AUX") || pos(t, v - 1).equals("ADV")
                    || lower(t, v - 1).equals("not") || lower(t, v - 1).equals("n't"))) {
                v--;
            }
            if (v == 0) {
                return null;
            }
            int[] np = backwardNP(t, v - 1);
            if (np != null) {
                return np;
            }
            if (lower(t, v - 1).equals("and") || lower(t, v - 1).equals("but") || lower(t, v - 1).equals(",")) {
                k = v - 1; // a series: "reversed themselves, rushed everyone inside and said"
                continue;
            }
            return null;
        }
        return null;
    }

    private boolean isParticipleCue(List<Token> t, int i) {
        String w = lower(t, i);
        return w.endsWith("ing") && verbs.isForm(w);
    }

    /** A quotation ending right before {@code offset} (only spaces and a comma between). */
    private static QuoteSpans.Span quoteEndingBefore(String text, int offset, List<QuoteSpans.Span> spans) {
        int k = offset;
        while (k > 0 && (Character.isWhitespace(text.charAt(k - 1)) || text.charAt(k - 1) == ',')) {
            k--;
        }
        for (QuoteSpans.Span s : spans) {
            if (s.closed() && s.end() == k) {
                return s;
            }
        }
        return null;
    }

    private static boolean isInversionTrigger(List<Token> t, int i) {
        String w = t.get(i).text();
        return w.equals(",") || CLOSING_MARKS.contains(w) || w.equals(":") || w.equals("—");
    }

    private static boolean isAfterInvertedSource(List<Token> t, int i) {
        String p = pos(t, i);
        return (p.equals("PUNCT") && !contraction(t, i)) || p.equals("ADP") || p.equals("SCONJ") || p.equals("CCONJ")
                || TIME_WORDS.contains(lower(t, i));
    }

    private static boolean startsQuote(String text, List<Token> t, int i, List<QuoteSpans.Span> spans) {
        return i < t.size() && spanStartingAt(spans, t.get(i).start()) != null;
    }

    private static QuoteSpans.Span spanStartingAt(List<QuoteSpans.Span> spans, int offset) {
        for (QuoteSpans.Span s : spans) {
            if (s.start() == offset) {
                return s;
            }
        }
        return null;
    }

    private static void markUsed(List<QuoteSpans.Span> spans, boolean[] used, QuoteSpans.Span s) {
        int k = spans.indexOf(s);
        if (k >= 0) {
            used[k] = true;
        }
    }

    /** Adds {@code t[from, to)} (trimmed of punctuation at both ends) as content; false when too thin. */
    private static boolean addClause(String text, Draft d, List<Token> t, int from, int to, List<QuoteSpans.Span> spans,
            boolean[] used) {
        return addClause(text, d, t, from, to, spans, used, 2);
    }

    private static boolean addClause(String text, Draft d, List<Token> t, int from, int to, List<QuoteSpans.Span> spans,
            boolean[] used, int minWords) {
        while (from < to && !t.get(from).isWord() && !OPENING_MARKS.contains(t.get(from).text())) {
            from++;
        }
        while (to > from && !t.get(to - 1).isWord() && !CLOSING_MARKS.contains(t.get(to - 1).text())) {
            to--;
        }
        int words = 0;
        for (int i = from; i < to; i++) {
            if (t.get(i).isWord()) {
                words++;
            }
        }
        if (words < minWords) {
            return false;
        }
        int start = t.get(from).start();
        int end = t.get(to - 1).end();
        for (int k = 0; k < spans.size(); k++) {
            QuoteSpans.Span s = spans.get(k);
            if (s.start() >= start && s.start() < end) {
                used[k] = true;
                d.partial = true;
                if (s.end() > end && s.start() == start) {
                    end = s.end();
                }
            }
        }
        if (d.partial && spanStartingAt(spans, start) != null && spanStartingAt(spans, start).end() >= end) {
            d.direct = true;
        }
        d.content.add(new Attribution.Span(start, end));
        return true;
    }

    private int clauseEnd(List<Token> t, int from) {
        int n = t.size();
        for (int i = from; i < n; i++) {
            String w = lower(t, i);
            if (w.equals(";") || (w.equals("–") || w.equals("—")) && i > from + 2 && i + 1 < n
                    && !OPENING_MARKS.contains(t.get(i + 1).text())) {
                return i;
            }
            if (w.equals(",") && i + 1 < n && (isParticipleCue(t, i + 1) && verbs.isCore(lower(t, i + 1))
                    || lower(t, i + 1).equals("according") && lower(t, i + 2).equals("to"))) {
                return i;
            }
            if ((w.equals(",") || w.equals("and") || w.equals("but") || w.equals("while")) && i > from + 2
                    && nextAttribution(t, i + 1)) {
                return i;
            }
            if (w.equals(",") && i > from + 2 && newClause(t, i + 1)) {
                return i;
            }
        }
        return n;
    }

    /** "he’s", "it’ll", "don’t": the tokenizer leaves curly contractions whole, the tagger then guesses. */
    private static boolean contraction(List<Token> t, int i) {
        String w = lower(t, i);
        int k = w.indexOf('’');
        return k > 0 && k < w.length() - 1 && Character.isLetter(w.charAt(0))
                && (w.endsWith("’s") || w.endsWith("’re") || w.endsWith("’ll") || w.endsWith("’ve") || w.endsWith("’d")
                || w.endsWith("’m") || w.endsWith("n’t"));
    }

    /**
     * ", but he urged …", ", and the report cited …": a conjunction, a subject of its own and a
     * verb; the narrative takes over again.
     */
    private static boolean newClause(List<Token> t, int i) {
        String c = lower(t, i);
        if (!c.equals("and") && !c.equals("but") && !c.equals("yet")) {
            return false;
        }
        int k = i + 1;
        int start = k;
        if (k < t.size() && pos(t, k).equals("PRON") && PRONOUNS.contains(lower(t, k))) {
            k++;
        } else {
            while (k < t.size() && k - start < 6 && (pos(t, k).equals("DET") || pos(t, k).equals("ADJ")
                    || pos(t, k).equals("NOUN") || pos(t, k).equals("PROPN"))) {
                k++;
            }
            if (k == start || pos(t, k - 1).equals("DET") || pos(t, k - 1).equals("ADJ")) {
                return false;
            }
        }
        while (k < t.size() && (pos(t, k).equals("ADV") || lower(t, k).equals("not"))) {
            k++;
        }
        return k < t.size() && (pos(t, k).equals("VERB") || pos(t, k).equals("AUX")) && !lower(t, k).endsWith("ing");
    }

    /** A new subject and verb of saying right after a clause boundary ("…, and other leaders said …"). */
    private boolean nextAttribution(List<Token> t, int i) {
        int k = i;
        if (lower(t, k).equals("and") || lower(t, k).equals("but")) {
            k++;
        }
        int start = k;
        while (k < t.size() && k - start < 8 && (npToken(t, k) || pos(t, k).equals("DET") || pos(t, k).equals("PRON"))) {
            k++;
        }
        while (k < t.size() && (pos(t, k).equals("ADV") || pos(t, k).equals("AUX"))) {
            k++;
        }
        boolean coordinated = k == start && (start > i || lower(t, i - 1).equals("and") || lower(t, i - 1).equals("but"))
                && pos(t, k).equals("VERB"); // "… and said …"
        return (k > start || coordinated) && k < t.size() && verbs.isCore(lower(t, k)) && !lower(t, k).endsWith("ing");
    }

    private static boolean startsClause(List<Token> t, int i) {
        String p = pos(t, i);
        String w = lower(t, i);
        if (contraction(t, i)) {
            return true;
        }
        if (w.equals("if") || w.equals("whether") || w.equals("how") || w.equals("why") || w.equals("what")
                || w.equals("when") || w.equals("there") || w.equals("because") || w.equals("although")
                || w.equals("though") || w.equals("while") || w.equals("since") || w.equals("unless")
                || w.equals("once")) {
            return true;
        }
        if (w.equals("both") || w.equals("either") || w.equals("neither")) {
            return true; // "said both Rubio and Cruz are …"
        }
        return p.equals("DET") || p.equals("PRON") || p.equals("PROPN") || p.equals("NOUN") || p.equals("ADJ")
                || p.equals("NUM") || OPENING_MARKS.contains(t.get(i).text())
                || p.equals("VERB") && w.endsWith("ing") // "says running for president is tough"
                || p.equals("AUX") && !w.equals("be") && !w.equals("been"); // "the rule he said would make …"

    }

    /** "the emails, which she said represented all her work": the relative's verb follows the cue. */
    private static boolean relativeGap(List<Token> t, int sourceStart, int r) {
        String w = lower(t, sourceStart - 1);
        return (w.equals("which") || w.equals("that") || w.equals("who")) && pos(t, r).equals("VERB");
    }

    private static boolean hasQuote(List<Token> t, int from, int to, List<QuoteSpans.Span> spans) {
        for (int i = from; i < to; i++) {
            if (spanStartingAt(spans, t.get(i).start()) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasVerb(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            String p = pos(t, i);
            if (p.equals("VERB") || p.equals("AUX") || contraction(t, i)) {
                return true;
            }
        }
        return false;
    }

    private static int skipAdverbials(List<Token> t, int r) {
        int n = t.size();
        while (r < n) {
            String w = lower(t, r);
            String p = pos(t, r);
            if ((p.equals("ADV") && !w.equals("not") && !w.equals("how") && !w.equals("why") && !w.equals("when")
                    && !w.equals("there")) || TIME_WORDS.contains(w)) {
                r++;
            } else {
                break;
            }
        }
        return r;
    }

    /** Past "in a statement on Tuesday", "at a news conference in New Delhi". */
    private static int skipPrepositionalPhrases(List<Token> t, int r) {
        int n = t.size();
        int k = r;
        while (k < n && pos(t, k).equals("ADP") && !lower(t, k).equals("that")) {
            int[] np = forwardNP(t, k + 1);
            if (np == null) {
                break;
            }
            k = skipAdverbials(t, np[1]);
        }
        return k;
    }

    private static boolean capitalised(List<Token> t, int i) {
        String w = t.get(i).text();
        String p = pos(t, i);
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && t.get(i).isWord()
                && (p.equals("VERB") || p.equals("X") || p.equals("ADV") || p.equals("INTJ"))
                && !SpeechVerbs.get().isForm(w.toLowerCase(Locale.ROOT));
    }

    /** "Shanklin -Hawkins": the tokenizer split a double-barrelled name. */
    private static boolean nameTail(List<Token> t, int i) {
        String w = t.get(i).text();
        return w.length() > 2 && w.charAt(0) == '-' && Character.isUpperCase(w.charAt(1)) && i > 0
                && pos(t, i - 1).equals("PROPN") && t.get(i - 1).end() == t.get(i).start();
    }

    private static boolean npToken(List<Token> t, int i) {
        String p = pos(t, i);
        String w = t.get(i).text();
        if (nameTail(t, i)) {
            return true;
        }
        return p.equals("NOUN") || p.equals("PROPN") || p.equals("ADJ") || p.equals("NUM") || capitalised(t, i)
                || w.equals("'s")
                || w.equals("’s") || (p.equals("PUNCT") && (w.equals(".") || w.equals("-")) && i > 0
                && pos(t, i - 1).equals("PROPN") && i + 1 < t.size() && pos(t, i + 1).equals("PROPN"));
    }

    private static final Set<String> ONE_WORD_ANSWERS = Set.of("yes", "no", "so");
    private static final Set<String> STRONG = Set.of("said", "says", "told", "tells");

    /**
     * The subject of "said" when the tagger spoiled its noun phrase ("Trump/ADJ said", "most/ADV of
     * them said") or a relative clause stands between ("officials who spoke with the paper said"):
     * the words back to the clause's start, or the noun phrase before "who".
     */
    private static int[] looseSubject(List<Token> t, int v0) {
        int k = v0 - 1;
        boolean noun = false;
        while (k >= 0 && v0 - k <= 6) {
            String p = pos(t, k);
            String w = lower(t, k);
            if (w.equals("who") && k > 0) {
                return backwardNP(t, k - 1);
            }
            if (p.equals("PUNCT") && !w.equals(".") || p.equals("SCONJ") || p.equals("CCONJ") || p.equals("AUX")
                    || p.equals("VERB") || RELATIVES.contains(w)) {
                break;
            }
            noun |= p.equals("NOUN") || p.equals("PROPN") || p.equals("PRON") || capitalised(t, k);
            k--;
        }
        if (k >= 0 && (pos(t, k).equals("VERB") || pos(t, k).equals("AUX"))) {
            // "officials who spoke with The Huffington Post said": back to the relative pronoun
            for (int j = k - 1; j >= 0 && v0 - j <= 15; j--) {
                String w = lower(t, j);
                if (w.equals("who")) {
                    return j > 0 ? backwardNP(t, j - 1) : null;
                }
                if (pos(t, j).equals("PUNCT")) {
                    break;
                }
            }
            return null;
        }
        if (k >= 0 && !(lower(t, k).equals(",") || pos(t, k).equals("CCONJ") || pos(t, k).equals("SCONJ"))) {
            return null;
        }
        return noun && k + 1 < v0 ? new int[] {k + 1, v0} : null;
    }

    /** A noun phrase starting at {@code i}: {start, end}, or null. */
    static int[] forwardNP(List<Token> t, int i) {
        int n = t.size();
        if (i >= n) {
            return null;
        }
        int k = i;
        String w = lower(t, k);
        if (pos(t, k).equals("PRON") && (PRONOUNS.contains(w) || w.equals("him") || w.equals("her")
                || w.equals("us") || w.equals("them") || w.equals("me"))) {
            return new int[] {k, k + 1};
        }
        if (pos(t, k).equals("DET") || NOUN_DETERMINERS.contains(w)) {
            k++;
        }
        int start = k;
        boolean head = false;
        while (k < n) {
            if (npToken(t, k)) {
                head |= !pos(t, k).equals("ADJ");
                k++;
            } else if (NP_INNER_PREPOSITIONS.contains(lower(t, k)) && head && k + 1 < n
                    && (npToken(t, k + 1) || pos(t, k + 1).equals("DET"))) {
                k++;
                if (pos(t, k).equals("DET")) {
                    k++;
                }
            } else {
                break;
            }
        }
        return k > start && head ? new int[] {i, k} : null;
    }

    /**
     * The noun phrase ending at {@code j}: {start, end} (or {start, end, antecedentEnd} for "who"),
     * or null when there is none or it is the object of a preposition.
     */
    private static int[] backwardNP(List<Token> t, int j) {
        if (j < 0) {
            return null;
        }
        String w = lower(t, j);
        if (w.equals("himself") || w.equals("herself") || w.equals("itself") || w.equals("themselves")) {
            int[] np = backwardNP(t, j - 1); // "Cruz himself said"
            return np == null || np.length > 2 ? null : new int[] {np[0], j + 1, t.get(np[1] - 1).end()};
        }
        if (pos(t, j).equals("PRON") || PRONOUNS.contains(w) || RELATIVES.contains(w)) {
            if (RELATIVES.contains(w)) {
                if (w.equals("that")) {
                    return null;
                }
                int a = j - 1;
                if (lower(t, a).equals(",")) {
                    a--;
                }
                int[] ante = backwardNP(t, a);
                return ante == null ? new int[] {j, j + 1} : new int[] {j, j + 1, t.get(ante[1] - 1).end()};
            }
            return PRONOUNS.contains(w) ? new int[] {j, j + 1} : null;
        }
        if (w.equals(",")) {
            int[] subject = appositiveSubject(t, j);
            if (subject != null) {
                return subject;
            }
            // "Scott Pruitt, the attorney general of Oklahoma, said" / "Lavrov, who …, said"
            int m = j - 1;
            while (m >= 0 && j - m < 16 && !lower(t, m).equals(",")) {
                m--;
            }
            boolean simple = m > 0 && j - m < 16;
            for (int k = m + 1; simple && k < j; k++) {
                if (pos(t, k).equals("VERB") && !lower(t, m + 1).equals("who")) {
                    simple = false;
                }
            }
            int[] np = simple ? backwardNP(t, m - 1) : null;
            if (np == null || np.length > 2 || !pos(t, np[1] - 1).equals("PROPN") && !pos(t, np[1] - 1).equals("NOUN")) {
                return parentheticalSubject(t, j);
            }
            return new int[] {np[0], j, t.get(np[1] - 1).end()};
        }
        if (w.equals(")") || DASHES.contains(w) || CLOSING_MARKS.contains(t.get(j).text()) && lower(t, j - 1).equals(",")) {
            return parentheticalSubject(t, j);
        }
        if (QUANTIFIERS.contains(w)) {
            int k = j;
            if (k > 0 && (pos(t, k - 1).equals("DET") || NOUN_DETERMINERS.contains(lower(t, k - 1))
                    || APPROXIMATORS.contains(lower(t, k - 1)))) {
                k--;
            }
            return new int[] {k, j + 1};
        }
        if (j == firstWord(t) && t.get(j).isWord() && Character.isUpperCase(t.get(j).text().charAt(0))
                && !pos(t, j).equals("DET") && !pos(t, j).equals("PRON") && !pos(t, j).equals("SCONJ")
                && !pos(t, j).equals("CCONJ")) {
            return new int[] {j, j + 1}; // "Cuban said." after a quote: a name, whatever the tagger thought
        }
        int k = j;
        while (k >= 0) {
            while (k >= 0 && npToken(t, k)) {
                k--;
            }
            if (k >= 1 && NP_INNER_PREPOSITIONS.contains(lower(t, k)) && npToken(t, k - 1) && k < j) {
                k--;
                continue;
            }
            if (k >= 0 && (pos(t, k).equals("DET") || NOUN_DETERMINERS.contains(lower(t, k)))) {
                if (k >= 2 && NP_INNER_PREPOSITIONS.contains(lower(t, k - 1)) && npToken(t, k - 2)) {
                    k -= 2;
                    continue;
                }
                k--;
            }
            break;
        }
        int start = k + 1;
        if (start > j) {
            return null;
        }
        String last = pos(t, j);
        if (!last.equals("NOUN") && !last.equals("PROPN") && !last.equals("NUM") && !capitalised(t, j) && !nameTail(t, j)
                && !(last.equals("ADJ") && Character.isUpperCase(t.get(j).text().charAt(0)))
                && !(last.equals("SYM") && t.get(j).text().equals("%") && pos(t, j - 1).equals("NUM"))) {
            return null; // "Trump/ADJ said", "47 %/SYM say": names and shares the tagger missed
        }
        if (k >= 1 && APPROXIMATORS.contains(lower(t, k)) && (pos(t, start).equals("NUM")
                || lower(t, start).equals("half"))) {
            k--; // "about half of … voters said", "nearly 40 percent said"
            start--;
        }
        if (k >= 0 && pos(t, k).equals("ADP") && !lower(t, k).equals("of") && !lower(t, k).equals("as")) {
            boolean allTime = true;
            for (int x = start; x <= j; x++) {
                allTime &= TIME_WORDS.contains(lower(t, x)) || pos(t, x).equals("NUM");
            }
            if (allTime && k >= 1 && isTimeAdposition(lower(t, k))) {
                int[] np = backwardNP(t, k - 1); // "Clinton on Tuesday said"
                if (np != null && np.length == 2) {
                    return np;
                }
            }
            if (k >= 1 && npToken(t, k - 1) && !lower(t, k).equals("that")) {
                // "People with direct knowledge of Gates' work said", "half of voters in each state say":
                // the head before the preposition, when the whole stands as a subject
                int[] head = backwardNP(t, k - 1);
                if (head != null && head.length == 2 && subjectPosition(t, head[0])) {
                    return new int[] {head[0], j + 1, t.get(head[1] - 1).end()};
                }
            }
            // "talks with Lavrov said": an object, unless a time or place opens the phrase
            int s = start;
            while (s <= j && (TIME_WORDS.contains(lower(t, s)) || Gazetteer.get().place(t.get(s).text()) != null
                    || pos(t, s).equals("NUM")) && s < j) {
                s++;
            }
            if (s == start) {
                return null;
            }
            start = s;
        }
        if (k >= 1 && lower(t, k).equals("and") && npToken(t, k - 1)) {
            // "Jeb Bush and Chris Christie say", "union members and leaders say"
            int[] other = backwardNP(t, k - 1);
            if (other != null && other.length == 2 && subjectPosition(t, other[0])) {
                return new int[] {other[0], j + 1};
            }
        }
        return new int[] {start, j + 1};
    }

    private static final Set<String> APPROXIMATORS = Set.of("about", "around", "nearly", "almost", "roughly", "only",
            "over", "under");

    private static boolean isTimeAdposition(String w) {
        return w.equals("on") || w.equals("in") || w.equals("at") || w.equals("during") || w.equals("last")
                || w.equals("this");
    }

    /** Verbs of saying whose content may be a "to" clause: a commitment. */
    private static final Set<String> COMMITMENTS = Set.of("promise", "pledge", "vow");
    /** Verbs of saying whose content may be a noun phrase ("announced the deal"). */
    private static final Set<String> NP_COMPLEMENTS = Set.of("announce", "reveal", "report", "confirm", "deny",
            "acknowledge", "mention", "note", "promise", "pledge", "predict", "disclose", "admit", "concede");

    private static boolean npStart(List<Token> t, int i) {
        String p = pos(t, i);
        String w = lower(t, i);
        return (p.equals("DET") && !w.equals("that") && !w.equals("this") || p.equals("NUM") || p.equals("ADJ")
                || p.equals("NOUN") || p.equals("PROPN") || p.equals("PRON") && (w.equals("his") || w.equals("her")
                || w.equals("their") || w.equals("its")));
    }

    private static final Set<String> DASHES = Set.of("—", "–", "--");
    private static final Set<String> SUBJECT_OPENERS = Set.of(",", "that", "and", "but", ":", ";", "—", "–", "--", "(",
            "when", "while", "as", "because", "after", "before", "if", "though", "although", "since", "so");

    /**
     * The subject before a parenthesis that ends at {@code j} (a comma, a closing parenthesis or dash,
     * or a closing mark after a comma) right before the verb: "Giovanni Vian, the editor of the
     * paper, L'Osservatore, said", "Kasich (who has 25 delegates) said", "Jason Sims — a teacher —
     * says", "Humphrey, who calls Trump a “sociopath,” said", "Michael Bloomberg, who's thinking about
     * running, said". {start, j, end of the head noun phrase} (j + 1 after a parenthesis), or null.
     */
    private static int[] parentheticalSubject(List<Token> t, int j) {
        String close = t.get(j).text();
        boolean paren = close.equals(")");
        boolean dash = DASHES.contains(close);
        for (int m = j - 1; m > 0 && j - m <= 45; m--) {
            String x = t.get(m).text();
            boolean open = paren ? x.equals("(") : dash ? x.equals(close) : x.equals(",") || x.equals("(");
            if (!open || m + 1 >= j || pos(t, m + 1).equals("CCONJ") || pos(t, m + 1).equals("PUNCT")
                    && !OPENING_MARKS.contains(t.get(m + 1).text())) {
                continue;
            }
            String before = t.get(m - 1).text();
            if (before.equals(",") || before.equals(")") || DASHES.contains(before)) {
                continue; // chained: the next opening to the left decides
            }
            int[] np = backwardNP(t, m - 1);
            if (np == null || np.length > 2) {
                continue;
            }
            String head = pos(t, np[1] - 1);
            if (!head.equals("PROPN") && !head.equals("NOUN") && !capitalised(t, np[1] - 1)
                    && !(head.equals("ADJ") && Character.isUpperCase(t.get(np[1] - 1).text().charAt(0)))) {
                continue;
            }
            if (!subjectPosition(t, np[0])) {
                continue;
            }
            return new int[] {np[0], paren ? j + 1 : j, t.get(np[1] - 1).end()};
        }
        return null;
    }

    /** Whether a noun phrase starting at {@code i} stands where a clause's subject does. */
    private static boolean subjectPosition(List<Token> t, int i) {
        int first = firstWord(t);
        if (i <= first) {
            return true;
        }
        String b = lower(t, i - 1);
        return SUBJECT_OPENERS.contains(b) || OPENING_MARKS.contains(t.get(i - 1).text())
                || CLOSING_MARKS.contains(t.get(i - 1).text()) || pos(t, i - 1).equals("SCONJ");
    }

    /**
     * "Rex Early, a former state party chairman who …, said": the sentence's opening noun phrase and
     * what stands between it and the comma at {@code j} before the verb; null when the sentence does
     * not open that way.
     */
    private static int[] appositiveSubject(List<Token> t, int j) {
        int first = firstWord(t);
        for (int m = first + 1; m < j && j - first < 45; m++) {
            if (lower(t, m).equals(",")) {
                int[] np = backwardNP(t, m - 1);
                if (np != null && np.length == 2 && np[0] == first) {
                    for (int k = first; k < m; k++) {
                        if (pos(t, k).equals("VERB") && !capitalised(t, k)) {
                            return null;
                        }
                    }
                    return new int[] {np[0], j, t.get(np[1] - 1).end()};
                }
                return null;
            }
        }
        return null;
    }

    /** The sentence's subject: its first noun phrase before the first verb, when a pronoun or a name. */
    private static int[] subject(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            String p = pos(t, i);
            if (p.equals("VERB") || p.equals("AUX")) {
                return null;
            }
            if (p.equals("PRON") && PRONOUNS.contains(lower(t, i))) {
                return new int[] {i, i + 1};
            }
            if (p.equals("PROPN")) {
                int k = i;
                while (k < t.size() && pos(t, k).equals("PROPN")) {
                    k++;
                }
                return new int[] {i, k};
            }
        }
        return null;
    }

    private static void setSource(Draft d, String text, List<Token> t, int from, int to) {
        d.source = new Attribution.Span(t.get(from).start(), t.get(to - 1).end());
        d.sourceText = text.substring(d.source.start(), d.source.end()).replaceAll("\\s+", " ");
        d.pronoun = to - from == 1 && PRONOUNS.contains(lower(t, from));
    }

    // ---------------------------------------------------------------- speakers

    private static void resolveSpeaker(String text, Draft d, List<EntityIndex.Hit> hits, List<Draft> before,
            EntityIndex index) {
        if (d.source == null) {
            return;
        }
        String src = d.sourceText.toLowerCase(Locale.ROOT);
        if (d.pronoun) {
            if (!src.equals("he") && !src.equals("she")) {
                return;
            }
            char want = src.equals("he") ? 'm' : 'f';
            for (int k = before.size() - 1; k >= 0; k--) {
                Draft p = before.get(k);
                if (d.paragraph - p.paragraph > 2) {
                    break;
                }
                if (k == before.size() - 1 && p.speaker == null && p.cue != null && p.direct
                        && d.paragraph - p.paragraph <= 1 && (p.source == null || !p.pronoun)) {
                    return; // "…," he added, right after a quote whose speaker is unknown
                }
                if (p.speaker != null) {
                    Entity e = personNamed(hits, p.speaker);
                    if (e == null || agrees(e, want, index)) {
                        d.speaker = p.speaker;
                        return;
                    }
                }
            }
            d.speaker = lastPerson(hits, d.source.start(), want, index);
            return;
        }
        int from = d.source.start();
        int to = d.antecedentEnd > 0 ? d.antecedentEnd : d.source.end();
        if (d.antecedentEnd > 0 && from > d.antecedentEnd) {
            from = Math.max(0, d.antecedentEnd - 120);
        }
        EntityIndex.Hit best = null;
        for (EntityIndex.Hit h : hits) {
            if (h.start() >= from && h.end() <= to) {
                if (h.end() + 1 < text.length() && (text.charAt(h.end()) == '’' || text.charAt(h.end()) == '\'')
                        && text.charAt(h.end() + 1) == 's') {
                    continue; // "Trump’s Indiana chairman": the owner is not the speaker
                }
                if (h.isPerson()) {
                    best = h;
                    if (d.antecedentEnd < 0) {
                        break;
                    }
                } else if (best == null && h.first().type() == Entity.Type.ORGANISATION) {
                    best = h;
                }
            }
        }
        if (best == null) {
            return;
        }
        if (best.entities().size() == 1) {
            d.speaker = best.first().name();
        } else {
            d.speaker = lastUnambiguous(hits, best);
        }
    }

    private static Entity personNamed(List<EntityIndex.Hit> hits, String name) {
        for (EntityIndex.Hit h : hits) {
            for (Entity e : h.entities()) {
                if (e.name().equals(name)) {
                    return e;
                }
            }
        }
        return null;
    }

    private static boolean agrees(Entity e, char want, EntityIndex index) {
        if (e.type() != Entity.Type.PERSON) {
            return false;
        }
        char g = index == null ? 0 : index.gender(e);
        return g == 0 || g == want;
    }

    private static String lastPerson(List<EntityIndex.Hit> hits, int before, char want, EntityIndex index) {
        for (int k = hits.size() - 1; k >= 0; k--) {
            EntityIndex.Hit h = hits.get(k);
            if (h.end() > before || !h.isPerson()) {
                continue;
            }
            if (h.entities().size() == 1 && agrees(h.first(), want, index)) {
                return h.first().name();
            }
        }
        return null;
    }

    private static String lastUnambiguous(List<EntityIndex.Hit> hits, EntityIndex.Hit ambiguous) {
        for (int k = hits.size() - 1; k >= 0; k--) {
            EntityIndex.Hit h = hits.get(k);
            if (h.start() >= ambiguous.start() || h.entities().size() != 1) {
                continue;
            }
            if (ambiguous.entities().contains(h.first())) {
                return h.first().name();
            }
        }
        return null;
    }
}
