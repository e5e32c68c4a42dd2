package org.newsfuse.quotes;

import java.util.List;
import java.util.Set;
import org.newsfuse.model.Token;

import static org.newsfuse.quotes.Tags.*;

/**
 * A person named first and then described or placed: the words after the name's comma are no
 * subject of their own. "[name], the chair of [board], one of the boards suing …, said" and "[name],
 * the chief executive of [company] -- the company that … -- told" are the person, not the last
 * description before the verb; "[name], 30, of [town], [state], who …, said" is the person, not the
 * state (a relative or an appositive's subject is never an address).
 */
final class Appositions {
    private static final Set<String> ADDRESS_PREPOSITIONS = Set.of("of", "from", "in");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private Appositions() {
    }

    /**
     * The person a noun phrase {@code np} ({start, end}) describes or locates, when it is an address
     * ("of [town], [state]") or a description ("the …", "a …") that follows a name and its comma; else
     * {@code np} itself.
     */
    static int[] person(List<Token> t, int[] np) {
        if (np == null || np.length < 2) {
            return np;
        }
        int[] out = np;
        int[] placed = beforeAddress(t, out);
        if (placed != null) {
            out = placed;
        }
        int[] named = nameBeforeDescription(t, out);
        return named != null ? named : out;
    }

    /** "[name], 30, of [town], [state]" with {@code np} the state: the noun phrase before "of"; else null. */
    static int[] beforeAddress(List<Token> t, int[] np) {
        int s = np[0];
        if (!properName(t, s, np[1]) || !lower(t, s - 1).equals(",")) {
            return null;
        }
        int town = s - 2;
        while (town - 1 >= 0 && pos(t, town - 1).equals("PROPN")) {
            town--;
        }
        if (town > s - 2 || !properName(t, town, s - 1) || !ADDRESS_PREPOSITIONS.contains(lower(t, town - 1))) {
            return null;
        }
        int m = town - 2;
        if (lower(t, m).equals(",") && pos(t, m - 1).equals("NUM") && lower(t, m - 2).equals(",")) {
            m -= 3; // an age between the name and its place: "[name], 30, of …"
        }
        if (m < 0 || !npToken(t, m)) {
            return null;
        }
        int[] before = SourcePhrase.backwardNP(t, m);
        return before != null && before.length == 2 && before[1] == m + 1 ? before : null;
    }

    /**
     * "[name], the chair of …" or "[name], president and CEO of …" with {@code np} the description: the
     * name before its comma, when it stands where a subject does; else null.
     */
    static int[] nameBeforeDescription(List<Token> t, int[] np) {
        int s = np[0];
        if (!description(t, s) || !lower(t, s - 1).equals(",") || s - 2 < 0 || !pos(t, s - 2).equals("PROPN")
                || timeExpression(t, s - 2, s - 1)) {
            return null; // "On Tuesday, the mayor said" is no apposition
        }
        int[] name = SourcePhrase.backwardNP(t, s - 2);
        if (name == null || name.length != 2 || name[1] != s - 1 || !properName(t, name[0], name[1])
                || !SourcePhrase.subjectPosition(t, name[0])) {
            return null;
        }
        return name;
    }

    /**
     * The subject right before a verb, {@code np}, when it is the description of an apposition the
     * writer did not close ("[name], president and CEO of [association] stated", "[name], a former agent
     * for [name] has written"): {start of the name, end of {@code np}, end of the name}; else {@code np}.
     */
    static int[] unclosed(List<Token> t, int[] np) {
        if (np == null || np.length != 2) {
            return np;
        }
        int[] name = nameBeforeDescription(t, np);
        if (name == null || name[1] - name[0] < 2 || lower(t, name[1] - 1).endsWith(".") || !opensClause(t, name[0])) {
            return np; // "Rather, the nominee said", "In Tucson, Ariz., officials said", "… and [name], the candidate"
        }
        return new int[] {name[0], np[1], t.get(name[1] - 1).end()};
    }

    /** A name at {@code i} opens its sentence, or follows a quotation ("“…,” [name], …"). */
    private static boolean opensClause(List<Token> t, int i) {
        if (i == firstWord(t)) {
            return true;
        }
        int b = lower(t, i - 1).equals(",") ? i - 2 : i - 1;
        return b >= 0 && CLOSING_MARKS.contains(t.get(b).text());
    }

    /** A description opens at {@code s}: an article, or a role in lower case ("president and CEO of …"). */
    private static boolean description(List<Token> t, int s) {
        if (ARTICLES.contains(lower(t, s))) {
            return true;
        }
        String w = s >= 0 && s < t.size() ? t.get(s).text() : "";
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && (pos(t, s).equals("NOUN") || pos(t, s).equals("ADJ"));
    }

    /** Whether every token of {@code [from, to)} is a proper noun (or a capitalised word), and there is one. */
    private static boolean properName(List<Token> t, int from, int to) {
        if (from < 0 || from >= to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String w = t.get(k).text();
            if (!(pos(t, k).equals("PROPN") || capitalised(t, k) || w.equals(".") || ARTICLES.contains(lower(t, k)) && k == from)
                    || w.isEmpty()) {
                return false;
            }
        }
        return pos(t, to - 1).equals("PROPN") || capitalised(t, to - 1);
    }
}
