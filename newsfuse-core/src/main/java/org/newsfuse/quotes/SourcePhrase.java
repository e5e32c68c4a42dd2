package org.newsfuse.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsfuse.entities.Gazetteer;
import org.newsfuse.model.Token;

import static org.newsfuse.quotes.Tags.*;
import static org.newsfuse.quotes.Clauses.*;
import static org.newsfuse.quotes.CueFinder.*;

/**
 * Source phrases: the noun phrase that names who speaks, found backwards from a cue ("Rex Early, a
 * former state party chairman who …, said"; "Kasich (who has 25 delegates) said"; "officials who
 * spoke with the paper said") or forwards after it ("said Lavrov", "according to the report"). Each
 * finder returns token indices {start, end} or {start, end, antecedentEnd} (the end offset of the
 * name a relative or a parenthesis hangs on), or null.
 */
final class SourcePhrase {
    private SourcePhrase() {
    }

    /**
     * "according to exit/PRON polls.", "according to polling/VERB by the union.": a source the tagger
     * spoiled, taken whole when it runs to a comma or the sentence's end and holds a noun.
     */
    static int[] looseSourceAfter(List<Token> t, int i) {
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

    /**
     * The subject shared by a verb of saying joined to an earlier verb ("Fields tweeted a photograph
     * and said …", "Sanders, who endorsed Canova and said …"): the subject of the nearest finite verb
     * before the conjunction at {@code and}, outside quotation marks; null when there is none.
     */
    static int[] coordinatedSubject(List<Token> t, int and, boolean[] inQ) {
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

    /**
     * The subject of "said" when the tagger spoiled its noun phrase ("Trump/ADJ said", "most/ADV of
     * them said") or a relative clause stands between ("officials who spoke with the paper said"):
     * the words back to the clause's start, or the noun phrase before "who".
     */
    static int[] looseSubject(List<Token> t, int v0) {
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
        return noun && k + 1 < v0 && !(v0 - k == 2 && k + 1 == firstWord(t) && ClauseOpeners.opener(t, k + 1))
                ? new int[] {k + 1, v0} : null;
    }

    /** A noun phrase starting at {@code i}: {start, end}, or null. */
    static int[] forwardNP(List<Token> t, int i) {
        return forwardNP(t, i, false);
    }

    /**
     * A noun phrase starting at {@code i}; as a source ({@code source}: "according to a yearly Gallup
     * poll/VERB"), also across a compound's hyphen and a noun the tagger called a verb.
     */
    static int[] forwardNP(List<Token> t, int i, boolean source) {
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
            if (npToken(t, k) || source && innerHyphen(t, k) && k > start) {
                head |= !pos(t, k).equals("ADJ");
                k++;
            } else if (source && k > start && Mistagged.verbTaggedNoun(t, k)) {
                head = true; // "a yearly Gallup poll/VERB", "the RealClearPolitics polling/VERB average"
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

    /** Quantifiers that float after the noun phrase they count ("they both said", "the unions all said"). */
    private static final java.util.Set<String> FLOATING = java.util.Set.of("both", "all", "each");

    /**
     * The noun phrase ending at {@code j}: {start, end} (or {start, end, antecedentEnd} for "who"),
     * or null when there is none or it is the object of a preposition.
     */
    static int[] backwardNP(List<Token> t, int j) {
        if (j < 0 || j == firstWord(t) && ClauseOpeners.opener(t, j)) {
            return null; // "When told …", "Having announced …": no subject
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
                int[] ante = antecedentNP(t, a);
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
            np = Appositions.person(t, np); // "[name], 30, of [town], [state], who …, said"
            return new int[] {np[0], j, t.get(np[1] - 1).end()};
        }
        if (w.equals(")") || DASHES.contains(w) || CLOSING_MARKS.contains(t.get(j).text()) && lower(t, j - 1).equals(",")) {
            return parentheticalSubject(t, j);
        }
        if (FLOATING.contains(w) && j > 0 && (npToken(t, j - 1) && !pos(t, j - 1).equals("DET")
                || lower(t, j - 1).equals(",") || PRONOUNS.contains(lower(t, j - 1)))) {
            int[] np = backwardNP(t, j - 1); // "Trump and Sanders both say", "The unions all said": who they are
            if (np != null) {
                return np;
            }
        }
        int subject = FLOATING.contains(w) ? ClauseOpeners.subjectBeforeAuxiliary(t, j) : -1;
        if (subject >= 0) {
            int[] np = backwardNP(t, subject); // "X and Y have both argued"
            if (np != null) {
                return np;
            }
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
            while (k >= 0 && (npToken(t, k) || participleModifier(t, k, j) || innerHyphen(t, k) && k < j)) {
                k--;
            }
            if (k >= 1 && NP_INNER_PREPOSITIONS.contains(lower(t, k)) && npToken(t, k - 1) && k < j) {
                k--;
                continue;
            }
            if (k >= 1 && k < j && lower(t, k).equals("in") && numberLike(t, k - 1) && numberLike(t, k + 1)) {
                k--; // "Nine in 10 registered voters said"
                continue;
            }
            if (k >= 2 && k < j && lower(t, k).equals("of") && lower(t, k - 1).equals("out")
                    && numberLike(t, k - 2) && numberLike(t, k + 1)) {
                k -= 2; // "four out of 10 voters said"
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
                && !(last.equals("ADJ") && start < j && Mistagged.adjectiveHead(t, start, j))
                && !(last.equals("SYM") && t.get(j).text().equals("%") && pos(t, j - 1).equals("NUM"))) {
            return null; // "Trump/ADJ said", "47 %/SYM say": names and shares the tagger missed
        }
        if (k >= 1 && APPROXIMATORS.contains(lower(t, k)) && (pos(t, start).equals("NUM")
                || lower(t, start).equals("half"))) {
            k--; // "about half of … voters said", "nearly 40 percent said"
            start--;
        }
        int[] subordinate = ClauseOpeners.subordinateSubject(t, k, start, j); // "Years after [name] claimed"
        if (subordinate != null) {
            return subordinate;
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

    /** "registered/VERB voters", "likely/ADJ …": a past participle the tagger called a verb, inside a noun phrase. */
    private static boolean participleModifier(List<Token> t, int k, int j) {
        return k < j && k >= 1 && pos(t, k).equals("VERB") && lower(t, k).endsWith("ed") && npToken(t, k + 1)
                && (npToken(t, k - 1) || innerHyphen(t, k - 1) || lower(t, k - 1).equals("of") || pos(t, k - 1).equals("DET"))
                && !pos(t, k - 1).equals("PROPN") && !pos(t, k - 1).equals("PRON");
    }

    /**
     * The noun phrase a relative pronoun hangs on, ending at {@code j}: as {@link #backwardNP}, or, when
     * that is the object of a preposition ("was steep for Mr. Sanders, who said"; "an endorsement from
     * Mike Lee, who declared"), the name or noun phrase itself. Null when there is none.
     */
    static int[] antecedentNP(List<Token> t, int j) {
        int[] named = beforeAppositive(t, j);
        if (named != null) {
            return named;
        }
        int[] np = backwardNP(t, j);
        if (np != null || j < 0 || !(pos(t, j).equals("PROPN") || pos(t, j).equals("NOUN"))) {
            return np;
        }
        int k = objectStart(t, j);
        if (k >= 1 && pos(t, k - 1).equals("ADP")) {
            return new int[] {k, j + 1};
        }
        return null;
    }

    /** Where the name or noun phrase ending at {@code j} starts, over "of" between names ("Feinstein of California"). */
    private static int objectStart(List<Token> t, int j) {
        int k = j;
        while (k - 1 >= 0 && (npToken(t, k - 1) && !lower(t, k - 1).equals("'s") && !lower(t, k - 1).equals("’s")
                || lower(t, k - 1).equals("of") && k - 2 >= 0 && pos(t, k - 2).equals("PROPN"))) {
            k--;
        }
        return k;
    }

    /**
     * "Sen. Dianne Feinstein of California, the ranking Democrat on the committee, who said": when the
     * words before a relative are an appositive (a comma, then "the" or "a" and no verb), the name before
     * it; else null.
     */
    static int[] beforeAppositive(List<Token> t, int j) {
        for (int m = j; m > 0 && j - m <= 15; m--) {
            String w = lower(t, m);
            boolean modifier = pos(t, m).equals("VERB") && (pos(t, m - 1).equals("DET") || pos(t, m - 1).equals("ADJ"));
            if ((pos(t, m).equals("VERB") && !modifier) || pos(t, m).equals("AUX") || RELATIVES.contains(w)
                    || inQuoteMark(t, m)) {
                return null; // a clause, not an appositive ("the ranking member" is one)
            }
            if (w.equals(",")) {
                String next = lower(t, m + 1);
                if (!(next.equals("the") || next.equals("a") || next.equals("an")) || m + 1 > j) {
                    return null;
                }
                int[] np = backwardNP(t, m - 1);
                if (np == null) {
                    int k = objectStart(t, m - 1);
                    np = k <= m - 1 ? new int[] {k, m} : null;
                }
                return np != null && np.length == 2 && pos(t, np[1] - 1).equals("PROPN") ? np : null;
            }
        }
        return null;
    }

    private static boolean inQuoteMark(List<Token> t, int m) {
        return OPENING_MARKS.contains(t.get(m).text()) || CLOSING_MARKS.contains(t.get(m).text());
    }

    static boolean isTimeAdposition(String w) {
        return w.equals("on") || w.equals("in") || w.equals("at") || w.equals("during") || w.equals("last")
                || w.equals("this");
    }

    static final Set<String> SUBJECT_OPENERS = Set.of(",", "that", "and", "but", ":", ";", "—", "–", "--", "(",
            "when", "while", "as", "because", "after", "before", "if", "though", "although", "since", "so");

    /**
     * The subject before a parenthesis that ends at {@code j} (a comma, a closing parenthesis or dash,
     * or a closing mark after a comma) right before the verb: "Giovanni Vian, the editor of the
     * paper, L'Osservatore, said", "Kasich (who has 25 delegates) said", "Jason Sims — a teacher —
     * says", "Humphrey, who calls Trump a “sociopath,” said", "Michael Bloomberg, who's thinking about
     * running, said". {start, j, end of the head noun phrase} (j + 1 after a parenthesis), or null.
     */
    static int[] parentheticalSubject(List<Token> t, int j) {
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
            np = Appositions.person(t, np); // "[name], the chair of …, one of …, said"
            return new int[] {np[0], paren ? j + 1 : j, t.get(np[1] - 1).end()};
        }
        return null;
    }

    /** Whether a noun phrase starting at {@code i} stands where a clause's subject does. */
    static boolean subjectPosition(List<Token> t, int i) {
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
    static int[] appositiveSubject(List<Token> t, int j) {
        int first = firstWord(t);
        int opening = openingAdverbial(t, first);
        if (opening > first && opening < j) {
            first = opening; // "Moreover, Jeffrey D. Sachs, director of …, said"
        }
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

    /**
     * After an opening adverb or time and its comma ("Moreover,", "Similarly,", "Earlier Tuesday,",
     * "Last month,"): the index of the next word; else {@code first}.
     */
    static int openingAdverbial(List<Token> t, int first) {
        int k = first;
        while (k < t.size() && k - first < 4 && !lower(t, k).equals(",")) {
            k++;
        }
        if (k >= t.size() || k == first || k - first >= 4 || !lower(t, k).equals(",")) {
            return first;
        }
        boolean adverb = k - first == 1 && pos(t, first).equals("ADV");
        return adverb || timeExpression(t, first, k) ? k + 1 : first;
    }

    /** The sentence's subject: its first noun phrase before the first verb, when a pronoun or a name. */
    static int[] subject(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            String p = pos(t, i);
            if (p.equals("VERB") || p.equals("AUX")) {
                // "In August, several environmental groups granted …, saying": the noun phrase before the verb
                int[] np = i > 0 && pos(t, i - 1).equals("NOUN") ? backwardNP(t, i - 1) : null;
                return np != null && subjectPosition(t, np[0]) && !timeExpression(t, np[0], np[1]) ? np : null;
            }
            if (p.equals("PRON") && PRONOUNS.contains(lower(t, i))) {
                return new int[] {i, i + 1};
            }
            if (p.equals("PROPN")) {
                int k = i;
                while (k < t.size() && pos(t, k).equals("PROPN")) {
                    k++;
                }
                if (timeExpression(t, i, k) || i > 0 && pos(t, i - 1).equals("ADP")
                        || k < t.size() && DASHES.contains(lower(t, k)) && i == firstWord(t)) {
                    i = k - 1; // "On Sunday morning Mr. Trump …", "in Iowa", a dateline "WASHINGTON — …"
                    continue;
                }
                return new int[] {i, k};
            }
        }
        return null;
    }

    /**
     * "Mr. Trump issued a statement Tuesday saying …": a text that is the object of a verb speaks for
     * that verb's subject, which is the source; else the phrase as found.
     */
    static int[] issuer(List<Token> t, int[] np) {
        if (np.length != 2) {
            return np;
        }
        int h = np[1] - 1;
        while (h > np[0] && timeExpression(t, h, h + 1)) {
            h--;
        }
        if (SourceHead.nounType(lower(t, h)) != org.newsfuse.model.Quote.SpeakerType.DOCUMENT
                || !pos(t, h).equals("NOUN")) {
            return np;
        }
        int v = np[0] - 1;
        if (v < 1 || !pos(t, v).equals("VERB") || VERBS.isForm(lower(t, v))) {
            return np;
        }
        while (v - 1 >= 0 && (pos(t, v - 1).equals("AUX") || pos(t, v - 1).equals("ADV"))) {
            v--;
        }
        int[] subject = backwardNP(t, v - 1);
        return subject != null && subjectPosition(t, subject[0]) ? subject : np;
    }

    /**
     * "Trump is telling voters …" (a progressive with its subject) and "with 62 percent of voters saying
     * they …", "a statement saying …" (a participle right after its noun phrase): the -ing form has a
     * subject of its own.
     */
    static boolean progressiveOrNounSubject(List<Token> t, int v0, int c) {
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
}
