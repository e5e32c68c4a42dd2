package org.newsfuse.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsfuse.model.Article;
import org.newsfuse.model.Entity;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Token;

/**
 * Finds the names and person descriptions of one article, from its tagged tokens. A pure function
 * of the article (no story context): typing that needs the whole story is left to
 * {@link EntityResolver}.
 *
 * <p>The cascade: (1) runs of capitalised proper-noun tokens, joined through "of"/"for" after an
 * organisation word; (2) a run whose head is a title ("External Affairs Minister S Jaishankar")
 * splits into role and name; (3) the rest of a run is a place when the gazetteer says so, an
 * organisation when it holds an organisation word or is an acronym, a person when a title, an
 * honorific, a given name, an appositive role or a following verb of saying says so, and untyped
 * otherwise; (4) lower-case roles before a name ("campaign manager Robby Mook") and appositive roles
 * after it ("Pruitt, the attorney general of Oklahoma,") are bound to it; (5) definite descriptions
 * headed by a role noun ("the top Russian diplomat", "the EAM") become description mentions.
 */
public final class MentionFinder {
    private static final Set<String> CONNECTORS = Set.of("of", "for", "de", "del", "da", "von", "van", "bin", "al");
    private static final Set<String> CLOSED_POS = Set.of("DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART",
            "PUNCT", "SYM", "INTJ");
    private static final Set<String> PRONOUN_POSSESSIVES = Set.of("his", "her", "their", "its");

    private final Gazetteer gaz = Gazetteer.get();
    private final SpeechCue speech;

    /** Tells whether a word is a verb of saying (a person cue for the name before it). */
    public interface SpeechCue {
        boolean isSpeechVerb(String lowerWord);
    }

    public MentionFinder(SpeechCue speech) {
        this.speech = speech;
    }

    public List<Mention> find(Article a) {
        List<Mention> out = new ArrayList<>();
        Set<String> lowerVocabulary = lowerVocabulary(a);
        for (Sentence s : a.sentences()) {
            findIn(a, Possessives.split(s.tokens()), lowerVocabulary, out);
        }
        return out;
    }

    private static Set<String> lowerVocabulary(Article a) {
        Set<String> v = new HashSet<>();
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                String w = t.text();
                if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                    v.add(w);
                    if (t.stem() != null) {
                        v.add(CommonWords.stemKey(t.stem()));
                    }
                }
            }
        }
        return v;
    }

    private boolean isNameToken(List<Token> toks, int i, Set<String> lowerVocabulary) {
        Token t = toks.get(i);
        String w = t.text();
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || w.endsWith("-") && !hyphenedToName(toks, i)
                || w.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        if (t.pos() != null && CLOSED_POS.contains(t.pos()) && !NameForms.isInitial(w) && !mistaggedName(toks, i)) {
            return false;
        }
        if (gaz.isNotName(w) && !gaz.isTitle(w)) {
            return false;
        }
        if (w.length() > 4 && w.chars().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c))
                && gaz.place(w) == null && i + 1 < toks.size() && isAllCaps(toks.get(i + 1).text())) {
            return false; // shouted clutter ("ATTENTION EDITORS")
        }
        boolean initial = i == 0 || isOpening(toks.get(i - 1).text());
        if (CommonWords.pronounContraction(w) || initial && CommonWords.initialPluralNoun(toks, i, lowerVocabulary)) {
            return false; // "I'll", "Analysts said"
        }
        if (initial) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (!"PROPN".equals(t.pos()) && !gaz.isTitle(w) && (lowerVocabulary.contains(lw) || lw.endsWith("ed")
                    || lw.endsWith("ing") || lw.endsWith("ly") || org.newsfuse.text.StopWords.is(lw))) {
                return false;
            }
            return !lowerVocabulary.contains(w.toLowerCase(Locale.ROOT)) || gaz.isTitle(w) || gaz.place(w) != null
                    || i + 1 < toks.size() && !CLOSED_POS.contains(String.valueOf(toks.get(i + 1).pos()))
                    && Character.isUpperCase(toks.get(i + 1).text().charAt(0));
        }
        return t.pos() == null || !"VERB".equals(t.pos()) || !lowerVocabulary.contains(w.toLowerCase(Locale.ROOT));
    }

    /** "Holtz-" written onto a capitalised word: the first half of a hyphenated name (not two places: "Moscow-Beijing"). */
    private boolean hyphenedToName(List<Token> toks, int i) {
        String w = toks.get(i).text();
        return w.length() > 3 && gaz.place(w.substring(0, w.length() - 1)) == null // not "Al-": an article
                && Character.isLetter(w.charAt(w.length() - 2)) && i + 1 < toks.size()
                && gaz.place(toks.get(i + 1).text()) == null && toks.get(i + 1).start() == toks.get(i).end()
                && !toks.get(i + 1).text().isEmpty() && Character.isUpperCase(toks.get(i + 1).text().charAt(0));
    }

    /** "-Hawkins" written onto a name: the second half of a hyphenated name, which the tokenizer cut (not "Russia-China"). */
    private boolean hyphenTail(List<Token> toks, int j) {
        String w = toks.get(j).text();
        return w.length() > 2 && w.charAt(0) == '-' && Character.isUpperCase(w.charAt(1))
                && gaz.place(w.substring(1)) == null && gaz.place(toks.get(j - 1).text()) == null
                && w.substring(1).chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '’')
                && toks.get(j).start() == toks.get(j - 1).end();
    }

    /**
     * A capitalised word the tagger took for a function word ("Douglas/AUX", "Welch/PRON"): it is no
     * function word, and it stands inside the sentence after a word, where capitals mark names.
     */
    private boolean mistaggedName(List<Token> toks, int i) {
        String w = toks.get(i).text();
        if (org.newsfuse.text.StopWords.is(w) || w.length() < 2 || !w.chars().allMatch(Character::isLetter)) {
            return false;
        }
        return i > 0 && !isOpening(toks.get(i - 1).text()) && !toks.get(i - 1).text().equals(".")
                && (gaz.gender(w) != 0 || i + 1 < toks.size() && "PROPN".equals(toks.get(i + 1).pos()));
    }

    private static boolean isAllCaps(String w) {
        return w.length() > 1 && w.chars().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c));
    }

    private static boolean isOpening(String w) {
        return w.equals("\"") || w.equals("“") || w.equals("‘") || w.equals("'") || w.equals("(") || w.equals("•")
                || w.equals(":") || w.equals("—") || w.equals("-");
    }

    private void findIn(Article a, List<Token> toks, Set<String> lowerVocabulary, List<Mention> out) {
        int n = toks.size();
        boolean[] used = new boolean[n];
        int i = 0;
        while (i < n) {
            if (!isNameToken(toks, i, lowerVocabulary)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n) {
                if (isNameToken(toks, j, lowerVocabulary) || hyphenTail(toks, j)) {
                    j++;
                } else if (toks.get(j).text().equals("-") && j + 1 < n && toks.get(j).start() == toks.get(j - 1).end()
                        && toks.get(j + 1).start() == toks.get(j).end() && isNameToken(toks, j + 1, lowerVocabulary)) {
                    j += 2;
                } else if (toks.get(j).text().equals(".") && j + 1 < n && toks.get(j).start() == toks.get(j - 1).end()
                        && isLetterInitial(toks.get(j - 1).text()) && isNameToken(toks, j + 1, lowerVocabulary)) {
                    j += 2; // "Roberta A | . | Kaplan": an initial the tokenizer cut from its period
                } else if (CONNECTORS.contains(toks.get(j).text()) && j + 1 < n
                        && isNameToken(toks, j + 1, lowerVocabulary) && hasOrgWord(toks, i, j)) {
                    j += 2;
                } else {
                    break;
                }
            }
            run(a, toks, i, j, used, out);
            i = j;
        }
        descriptions(a, toks, used, out);
    }

    private static boolean isLetterInitial(String w) {
        return w.length() == 1 && Character.isUpperCase(w.charAt(0));
    }

    private boolean hasOrgWord(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            if (gaz.isOrgWord(toks.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private boolean allTitles(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = toks.get(k).text();
            if (!gaz.isTitle(w) && !gaz.isDemonym(w) && gaz.country(w) == null && !ROLE_MODIFIERS.contains(key(w))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the title ends in a run that continues a title through "of"/"for" ("Secretary of | State
     * John Kerry", "Minister for | Foreign Affairs Penny Wong"): the run's leading role words
     * ({@link #ROLE_MODIFIERS}) belong to the title before it, and the name starts after them. Returns
     * {@code i} when the run does not continue a title, {@code j} when the whole run is title words.
     */
    private int titleOfBefore(Article a, List<Token> toks, int i, int j) {
        if (i < 2 || !(toks.get(i - 1).text().equals("of") || toks.get(i - 1).text().equals("for"))
                || !gaz.isTitle(toks.get(i - 2).text())) {
            return i;
        }
        int k = i;
        while (k < j && ROLE_MODIFIERS.contains(key(toks.get(k).text()))) {
            k++;
        }
        if (k == i || k == j) {
            return k;
        }
        // what remains must be a plausible name, as for a title inside the run
        boolean name = !hasOrgWord(toks, k, j) && gaz.place(span(a, toks, k, j)) == null && !gaz.isTitle(toks.get(k).text());
        return name ? k : i;
    }

    static final Set<String> ROLE_MODIFIERS = Set.of("foreign", "external", "affairs", "home", "defence", "defense",
            "finance", "interior", "health", "education", "trade", "commerce", "energy", "environment", "agriculture",
            "labour", "labor", "transport", "state", "homeland", "security", "treasury", "economic", "national",
            "vice", "deputy", "acting", "former", "retired", "senior", "chief", "executive", "press", "campaign",
            "majority", "minority", "supreme", "union", "federal", "interim", "principal", "general",
            "top", "junior", "assistant", "associate", "special", "prime", "political", "presidential");

    private static String key(String w) {
        return w.toLowerCase(Locale.ROOT).replace(".", "");
    }

    private void run(Article a, List<Token> toks, int i, int j, boolean[] used, List<Mention> out) {
        // split off a title: the last title word after which a plausible name remains
        int split = -1;
        int titleOf = titleOfBefore(a, toks, i, j);
        if (titleOf == j) {
            return; // "Secretary of State", "Minister of Foreign Affairs": the rest of a title, no name
        }
        if (titleOf > i) {
            split = titleOf; // "Secretary of State John Kerry": the name after the title's "of ..."
        }
        for (int k = j - 2; k >= i && split < 0; k--) {
            String w = toks.get(k).text();
            if (gaz.isTitle(w) && !gaz.isOrgWord(toks.get(k + 1).text()) && !hasOrgWord(toks, k + 1, j)
                    && gaz.place(span(a, toks, k + 1, j)) == null && !gaz.isTitle(toks.get(k + 1).text())) {
                split = k + 1;
                break;
            }
        }
        String country = countryBefore(toks, i);
        if (split < 0) {
            if (allTitles(toks, i, j) && hasTitle(toks, i, j)) {
                // a role with no name after it: a description when definite ("the Russian Minister")
                if (i > 0 && ("the".equalsIgnoreCase(toks.get(i - 1).text()) || country != null)
                        && isRoleHeadAt(toks, j - 1)) {
                    int start = country != null && !"the".equalsIgnoreCase(toks.get(i - 1).text()) ? i : i - 1;
                    mark(used, start, j);
                    out.add(description(a, toks, start, j));
                }
                return;
            }
            if (j - i == 1 && gaz.isDemonym(toks.get(i).text()) && gaz.place(toks.get(i).text()) == null) {
                return; // "Russian": a modifier, not a name
            }
        }
        int nameStart = split < 0 ? i : split;
        String name = span(a, toks, nameStart, j);
        String role = split < 0 ? null : span(a, toks, titleOf > i ? i - 2 : i, split);
        Entity.Type type;
        boolean personCue = role != null;
        if (role != null) {
            type = Entity.Type.PERSON;
            for (int k = i; k < split; k++) {
                String c = gaz.country(toks.get(k).text());
                if (c != null && country == null) {
                    country = c;
                }
            }
        } else if (gaz.place(name) != null) {
            type = Entity.Type.PLACE;
        } else if (hasOrgWord(toks, i, j)) {
            type = Entity.Type.ORGANISATION;
        } else if (j - i == 1 && isAllCaps(name) && gaz.acronym(name) == null) {
            type = Entity.Type.ORGANISATION;
        } else {
            type = null;
        }
        if (type == null || type == Entity.Type.PERSON) {
            String[] lowerRole = lowerRoleBefore(a, toks, i);
            if (lowerRole != null && role == null) {
                role = lowerRole[0];
                if (lowerRole[1] != null) {
                    country = lowerRole[1];
                }
                personCue = personCue || lowerRole[2] != null;
                if (lowerRole[2] != null) {
                    type = Entity.Type.PERSON;
                }
            }
            String[] app = appositiveAfter(a, toks, j);
            if (app != null) {
                if (role == null) {
                    role = app[0];
                }
                if (country == null) {
                    country = app[1];
                }
                type = Entity.Type.PERSON;
                personCue = true;
            }
            if (type == null && (j - nameStart) >= 2) {
                String first = toks.get(nameStart).text();
                if (gaz.gender(first) != 0 || NameForms.isInitial(first)) {
                    type = Entity.Type.PERSON;
                    personCue = true;
                }
            }
            if (!personCue && j < toks.size() && speech.isSpeechVerb(toks.get(j).text().toLowerCase(Locale.ROOT))) {
                personCue = true;
            }
            if (!personCue && j + 1 < toks.size() && "AUX".equals(toks.get(j).pos())
                    && speech.isSpeechVerb(toks.get(j + 1).text().toLowerCase(Locale.ROOT))) {
                personCue = true;
            }
        }
        mark(used, i, j);
        out.add(new Mention(a.id(), toks.get(i).start(), toks.get(j - 1).end(), span(a, toks, i, j), Mention.Kind.NAME,
                type, name, role, type == Entity.Type.PERSON || personCue ? country : null, personCue));
    }

    private boolean hasTitle(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            if (gaz.isTitle(toks.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private boolean isRoleHeadAt(List<Token> toks, int k) {
        String w = toks.get(k).text();
        return gaz.isRoleHead(w) || gaz.acronym(w) != null;
    }

    /** "India's External Affairs Minister ...": the country owning the title. */
    private String countryBefore(List<Token> toks, int i) {
        if (i >= 2) {
            String pos = toks.get(i - 1).text();
            if (pos.equals("'s") || pos.equals("’s")) {
                return gaz.country(toks.get(i - 2).text());
            }
        }
        return null;
    }

    /** A lower-case role right before a name ("campaign manager", "Russian counterpart"). */
    private String[] lowerRoleBefore(Article a, List<Token> toks, int i) {
        if (i == 0) {
            return null;
        }
        String adjacent = toks.get(i - 1).text();
        boolean title = gaz.isTitle(adjacent) && Character.isLowerCase(adjacent.charAt(0));
        if (!title && !adjacent.equalsIgnoreCase("counterpart")) {
            return null;
        }
        int k = i - 1;
        String country = null;
        while (k - 1 >= 0 && i - k < 6) {
            Token t = toks.get(k - 1);
            String p = t.pos();
            if ("NOUN".equals(p) || "ADJ".equals(p) || "PROPN".equals(p)) {
                k--;
            } else {
                break;
            }
        }
        for (int m = k; m < i; m++) {
            String c = gaz.country(toks.get(m).text());
            if (c != null) {
                country = c;
            }
        }
        if (country == null) {
            country = countryBefore(toks, k);
        }
        return new String[] {span(a, toks, k, i), country, title ? "title" : null};
    }

    /** ", the Republican attorney general of Oklahoma," after a name. */
    private String[] appositiveAfter(Article a, List<Token> toks, int j) {
        if (j + 1 >= toks.size() || !toks.get(j).text().equals(",")) {
            return null;
        }
        int k = j + 1;
        int start = k;
        String first = toks.get(k).text().toLowerCase(Locale.ROOT);
        if (first.equals("the") || first.equals("a") || first.equals("an") || PRONOUN_POSSESSIVES.contains(first)) {
            k++;
        }
        boolean head = false;
        String country = null;
        int end = -1;
        for (; k < toks.size() && k - start < 10; k++) {
            Token t = toks.get(k);
            String w = t.text();
            if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals("—") || w.equals("–")) {
                end = k;
                break;
            }
            String p = t.pos();
            boolean ok = "NOUN".equals(p) || "ADJ".equals(p) || "PROPN".equals(p) || "NUM".equals(p)
                    || w.equals("'s") || w.equals("’s") || w.equals("of") || w.equals("for") || w.equals("the")
                    || w.equals("-");
            if (!ok) {
                return null;
            }
            if (gaz.isTitle(w) && !"PROPN".equals(p)) {
                head = true;
            } else if (gaz.isTitle(w)) {
                head = true;
            }
            if (gaz.country(w) != null && country == null) {
                country = gaz.country(w);
            }
        }
        if (!head || end < 0 || end == start) {
            return null;
        }
        return new String[] {span(a, toks, start, end), country};
    }

    private void descriptions(Article a, List<Token> toks, boolean[] used, List<Mention> out) {
        for (int i = 0; i < toks.size(); i++) {
            if (!toks.get(i).text().equalsIgnoreCase("the") || used[i]) {
                continue;
            }
            int k = i + 1;
            int lastHead = -1;
            while (k < toks.size() && k - i <= 6 && !used[k]) {
                Token t = toks.get(k);
                String p = t.pos();
                String w = t.text();
                boolean ok = "NOUN".equals(p) || "ADJ".equals(p) || "PROPN".equals(p) || gaz.isDemonym(w)
                        || gaz.acronym(w) != null;
                if (!ok) {
                    break;
                }
                if (isRoleHeadAt(toks, k)) {
                    lastHead = k;
                }
                k++;
            }
            if (lastHead < 0 || lastHead != k - 1) {
                continue;
            }
            if (k < toks.size() && (toks.get(k).text().equals("'s") || toks.get(k).text().equals("’s"))) {
                continue;
            }
            mark(used, i, k);
            out.add(description(a, toks, i, k));
            i = k - 1;
        }
    }

    private Mention description(Article a, List<Token> toks, int from, int to) {
        String text = span(a, toks, from, to);
        if (text.startsWith("The ")) {
            text = "the " + text.substring(4);
        }
        StringBuilder words = new StringBuilder();
        String country = null;
        for (int k = from; k < to; k++) {
            String w = toks.get(k).text();
            if (w.equalsIgnoreCase("the") || w.equals("'s") || w.equals("’s")) {
                continue;
            }
            String c = gaz.country(w);
            if (c != null) {
                country = c;
            }
            if (words.length() > 0) {
                words.append(' ');
            }
            words.append(w.toLowerCase(Locale.ROOT));
        }
        return new Mention(a.id(), toks.get(from).start(), toks.get(to - 1).end(), text, Mention.Kind.DESCRIPTION,
                Entity.Type.PERSON, words.toString(), null, country, true);
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            used[k] = true;
        }
    }

    private static String span(Article a, List<Token> toks, int from, int to) {
        String s = a.text().substring(toks.get(from).start(), toks.get(to - 1).end());
        return s.indexOf('\n') < 0 && s.indexOf("  ") < 0 && s.indexOf('\t') < 0 ? s : s.replaceAll("\\s+", " ");
    }
}
