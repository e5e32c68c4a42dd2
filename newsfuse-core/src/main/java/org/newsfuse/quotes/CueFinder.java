package org.newsfuse.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsfuse.entities.Gazetteer;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Token;

import static org.newsfuse.quotes.Tags.*;
import static org.newsfuse.quotes.SourcePhrase.*;
import static org.newsfuse.quotes.Clauses.*;

/**
 * Cue finding: the attributions one sentence holds, each found from its cue (a verb of saying
 * outside quotation marks, a noun of saying, "asked", or "according to"), in this order of
 * decisions:
 * <ol>
 * <li>the source phrase ({@link SourcePhrase}): the noun phrase before the cue ("Lavrov said", "Scott
 * Pruitt, the attorney general of Oklahoma, said", "who said"); after it when the cue follows a comma
 * or a closing mark ("…," said Lavrov); the subject of the sentence for ", saying …"; none when the
 * phrase before is the object of a preposition ("talks with Lavrov said");</li>
 * <li>the content after the cue (skipping adverbs, times, the object of "told", and a prepositional
 * phrase before "that" or a colon): a quotation in marks (direct), a "that" clause, or a clause with
 * a verb (indirect, or partial when it holds quoted words) ({@link Clauses});</li>
 * <li>else the content before the source, up to a comma or closing mark: a whole quotation (direct,
 * possibly begun sentences earlier) or a clause; a quotation after the attribution (“…,” he said,
 * “…”) joins it as its second part.</li>
 * </ol>
 * Speakers are left to {@link SpeakerResolver}.
 */
final class CueFinder {
    private CueFinder() {
    }

    static List<Draft> sentence(String text, Sentence s, List<QuoteSpans.Span> spans, boolean[] used) {
        List<Token> t = s.tokens();
        int n = t.size();
        boolean[] inQ = new boolean[n];
        for (int i = 0; i < n; i++) {
            inQ[i] = inside(spans, t.get(i).start());
        }
        List<Draft> out = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            if (!inQ[c] && "ask".equals(VERBS.lemma(lower(t, c))) && pos(t, c).equals("VERB")) {
                Draft d = ask(text, t, c, spans, used, inQ);
                if (d != null) {
                    out.add(d);
                    continue;
                }
            }
            if (!inQ[c] && VERBS.isForm(lower(t, c)) && pos(t, c).equals("NOUN")) {
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

    static boolean isCue(String text, List<Token> t, int c, List<QuoteSpans.Span> spans) {
        String w = lower(t, c);
        if (w.equals("according")) {
            return lower(t, c + 1).equals("to");
        }
        if (!VERBS.isForm(w)) {
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
        if (VERBS.isCore(w)) {
            return true;
        }
        return nearQuote(text, t.get(c), spans);
    }

    /**
     * "The ad claims that …", "the company warning that …": a form the tagger took for a noun, right
     * after a noun phrase and before "that".
     */
    static boolean nounTaggedVerb(List<Token> t, int c) {
        String p = pos(t, c - 1);
        return pos(t, c).equals("NOUN") && lower(t, c + 1).equals("that")
                && (p.equals("NOUN") || p.equals("PROPN") || p.equals("PRON"))
                && !lower(t, c - 1).endsWith("'s") && !lower(t, c - 1).endsWith("’s");
    }

    static boolean nearQuote(String text, Token cue, List<QuoteSpans.Span> spans) {
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

    static Draft according(String text, Sentence s, List<Token> t, int c, List<QuoteSpans.Span> spans,
            boolean[] used) {
        int[] np = forwardNP(t, c + 2, true);
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

    static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "why", "how", "what", "who", "which",
            "when", "where");

    static final Set<String> PASSIVE_OPENERS = Set.of("when", "after", "before", "if", "once", "as", "while",
            "was", "were", "is", "are", "been", "being", "be", "get", "got");

    /**
     * A question or request: "When asked about the deal, …", "Rubio was asked by the moderator whether
     * …", "she asked voters to …", "Trump asked why …". The source is the asker (the "by" phrase of a
     * passive, none when it has none); the content is the question from its "about", question word or
     * "to" on, or a request for something.
     */
    static Draft ask(String text, List<Token> t, int c, List<QuoteSpans.Span> spans, boolean[] used, boolean[] inQ) {
        int n = t.size();
        int v0 = c;
        while (v0 - 1 >= 0 && (pos(t, v0 - 1).equals("ADV") && !QUESTION_WORDS.contains(lower(t, v0 - 1))
                || lower(t, v0 - 1).equals("not"))) {
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
            int[] np = Appositions.unclosed(t, backwardNP(t, v0 - 1));
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

    static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its", "our", "my",
            "your");

    /**
     * A noun of saying with its possessor and its "that" clause (or, for a commitment, its "to"
     * clause): "Trump's claim that …", "her warning that …", "his promise to build …".
     */
    static Draft noun(String text, List<Token> t, int c, List<QuoteSpans.Span> spans, boolean[] used) {
        int n = t.size();
        int p = c - 1;
        if (p < 0 || c + 2 >= n) {
            return null;
        }
        String r = lower(t, c + 1);
        String lemma = VERBS.lemma(lower(t, c));
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

    static Draft verb(String text, Sentence s, List<Token> t, int c, List<QuoteSpans.Span> spans, boolean[] used,
            List<Draft> earlier) {
        int n = t.size();
        String w = lower(t, c);
        int v0 = c;
        while (v0 - 1 >= 0 && (pos(t, v0 - 1).equals("AUX") || pos(t, v0 - 1).equals("ADV")
                && !QUESTION_WORDS.contains(lower(t, v0 - 1)) // "told MSNBC when asked": no subject for "asked"
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
            boolean notSpeaker = np != null && (timeExpression(t, np[0], np[1]) // "…," Flynn, a surrogate, said Thursday
                    || "tell".equals(VERBS.lemma(w))); // "…," she told CNN: the one told, never inverted
            if (np != null && !pronounSubject && !notSpeaker && (np[1] >= n || isAfterInvertedSource(t, np[1]))) {
                inverted = true;
                setSource(d, text, t, np[0], np[1]);
                coreTo = np[1];
            }
        }
        if (!inverted && !participle) {
            int[] np = backwardNP(t, v0 - 1);
            while (np != null && np.length == 2 && np[0] > 0 && timeExpression(t, np[0], np[1])) {
                int k = np[0];
                while (k - 1 >= 0 && pos(t, k - 1).equals("ADV")) {
                    k--; // "Wells Fargo just this month announced"
                }
                np = k > 0 ? backwardNP(t, k - 1) : null;
            }
            np = np != null && w.endsWith("ing") ? issuer(t, np) : Appositions.unclosed(t, np);
            boolean coordinated = false;
            if (np == null && v0 > 0 && (lower(t, v0 - 1).equals("and") || lower(t, v0 - 1).equals("but"))) {
                Draft prev = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
                if (prev != null && prev.source != null && prev.cue.end() <= t.get(v0).start()) {
                    // "He said … and said that …": the same speaker
                    d.sameSourceAs(prev);
                    d.sameAs = prev;
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
                d.sameSourceAs(prev);
                d.sameAs = prev;
            } else {
                int[] subj = subject(t);
                if (subj != null) {
                    setSource(d, text, t, subj[0], subj[1]);
                }
            }
        }
        // content after the cue
        int r = coreTo;
        if (!inverted && VERBS.lemma(w) != null && VERBS.lemma(w).equals("tell")) {
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
            } else if (!inverted && (startsClause(t, r) || relativeGap(t, coreFrom, r)) && hasVerb(t, r, clauseEnd(t, r))
                    && !circumstance(t, r)) {
                if (addClause(text, d, t, r, clauseEnd(t, r), spans, used)) {
                    return d;
                }
            }
        }
        String lemma = VERBS.lemma(w);
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

    static boolean[] inQuote(String text, List<Token> t, List<QuoteSpans.Span> spans) {
        boolean[] q = new boolean[t.size()];
        for (int i = 0; i < q.length; i++) {
            q[i] = inside(spans, t.get(i).start());
        }
        return q;
    }

    static boolean isInversionTrigger(List<Token> t, int i) {
        String w = t.get(i).text();
        return w.equals(",") || CLOSING_MARKS.contains(w) || w.equals(":") || w.equals("—");
    }

    static boolean isAfterInvertedSource(List<Token> t, int i) {
        String p = pos(t, i);
        return (p.equals("PUNCT") && !contraction(t, i)) || p.equals("ADP") || p.equals("SCONJ") || p.equals("CCONJ")
                || TIME_WORDS.contains(lower(t, i));
    }

    static final Set<String> ONE_WORD_ANSWERS = Set.of("yes", "no", "so");

    /** Verbs of saying whose content may be a "to" clause: a commitment. */
    static final Set<String> COMMITMENTS = Set.of("promise", "pledge", "vow");

    /** Verbs of saying whose content may be a noun phrase ("announced the deal"). */
    static final Set<String> NP_COMPLEMENTS = Set.of("announce", "reveal", "report", "confirm", "deny",
            "acknowledge", "mention", "note", "promise", "pledge", "predict", "disclose", "admit", "concede");

    static boolean npStart(List<Token> t, int i) {
        String p = pos(t, i);
        String w = lower(t, i);
        return (p.equals("DET") && !w.equals("that") && !w.equals("this") || p.equals("NUM") || p.equals("ADJ")
                || p.equals("NOUN") || p.equals("PROPN") || p.equals("PRON") && (w.equals("his") || w.equals("her")
                || w.equals("their") || w.equals("its")));
    }

    static void setSource(Draft d, String text, List<Token> t, int from, int to) {
        d.source = new Attribution.Span(t.get(from).start(), t.get(to - 1).end());
        d.sourceText = text.substring(d.source.start(), d.source.end()).replaceAll("\\s+", " ");
        d.pronoun = to - from == 1 && PRONOUNS.contains(lower(t, from));
        d.sourceTokens = t;
        d.sourceFrom = from;
        d.sourceTo = to;
    }
}
