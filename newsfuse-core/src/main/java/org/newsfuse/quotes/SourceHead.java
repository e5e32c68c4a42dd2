package org.newsfuse.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsfuse.entities.Gazetteer;
import org.newsfuse.model.Quote;
import org.newsfuse.model.Token;

import static org.newsfuse.quotes.Tags.*;

/**
 * The head of a source phrase: the word the phrase is about, from which the speaker is read.
 * "Rally Canada volunteer media coordinator Tom Hinderks" → Hinderks (its name: Tom Hinderks);
 * "Green party leader Elizabeth May" → May (Elizabeth May); "Scott Pruitt, the attorney general of
 * Oklahoma," → Pruitt; "officials at the Justice Department" → officials; "who" → the noun phrase
 * it hangs on. The phrase is cut at its first comma, parenthesis, dash or relative pronoun, and at a
 * preposition after a common noun ("a spokesman for the company"); its last word is the head.
 */
final class SourceHead {
    private SourceHead() {
    }

    /** Pronouns the stop-word list leaves out ("Nobody came", "Everyone said"): never a name. */
    private static final Set<String> INDEFINITES = Set.of("nobody", "somebody", "anybody", "everybody", "someone",
            "anyone", "everyone", "none", "nothing", "something", "anything", "everything", "whoever", "whatever",
            "each", "either", "neither", "all", "both", "ours", "yours", "mine", "thine", "ye", "one", "oneself");
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");
    private static final Set<String> REFLEXIVES = Set.of("himself", "herself", "itself", "themselves");
    private static final Set<String> CUT_PREPOSITIONS = Set.of("of", "for", "at", "from", "with", "in", "on", "to",
            "by", "inside", "within", "close", "familiar", "near");

    /** Nouns that name a text or a count rather than who wrote it. */
    private static final Set<String> DOCUMENTS = Set.of("report", "reports", "statement", "statements", "study",
            "studies", "survey", "surveys", "poll", "polls", "polling", "document", "documents", "letter", "letters",
            "memo", "memos", "filing", "filings", "complaint", "lawsuit", "suit", "ruling", "indictment", "ad", "ads",
            "advertisement", "website", "site", "tweet", "tweets", "post", "posts", "book", "article", "story",
            "data", "figures", "records", "record", "analysis", "estimates", "estimate", "release", "email", "emails",
            "e-mail", "transcript", "affidavit", "order", "decision", "opinion", "verdict", "bill", "law", "plan",
            "proposal", "platform", "budget", "review", "audit", "investigation", "findings", "paper", "editorial",
            "video", "message", "notice", "announcement", "guidelines", "guidance", "rules", "regulation", "policy",
            "charges", "census", "forecast", "projections", "count", "tally", "results", "research", "average", "averages");
    /** Nouns that name an organisation ("the company", "the campaign"). */
    private static final Set<String> ORGANISATIONS = Set.of("company", "companies", "firm", "government",
            "administration", "ministry", "department", "agency", "campaign", "committee", "commission", "council",
            "court", "party", "university", "school", "hospital", "bank", "network", "newspaper", "paper", "team",
            "club", "union", "organization", "organisation", "group", "board", "office", "bureau", "service",
            "authority", "police", "military", "army", "navy", "embassy", "parliament", "congress", "senate",
            "house", "assembly", "legislature", "cabinet", "kremlin", "pentagon", "regime", "coalition", "alliance",
            "foundation", "institute", "center", "centre", "fund", "association", "federation", "league", "church",
            "corporation", "station", "channel", "outlet", "publisher", "retailer", "manufacturer",
            "carrier", "airline", "operator", "utility", "municipality", "city", "county", "state", "province",
            "district");
    /** Role nouns naming one person, with the gender they tell when they tell one. */
    /** Group nouns with no plural ending that stand for several people: "police … they", never "he". */
    private static final Set<String> COLLECTIVES = Set.of("police", "people", "staff", "crowd", "public", "audience",
            "personnel", "clergy", "military", "media", "press", "electorate", "youth", "folks", "faithful",
            "leadership", "majority", "minority", "rest");

    private static final Set<String> SINGULAR_ROLES_M = Set.of("spokesman", "chairman", "congressman", "businessman",
            "councilman", "father", "son", "husband", "brother", "man", "boy", "king", "prince", "actor", "anchorman");
    private static final Set<String> SINGULAR_ROLES_F = Set.of("spokeswoman", "chairwoman", "congresswoman",
            "businesswoman", "councilwoman", "mother", "daughter", "wife", "sister", "woman", "girl", "queen",
            "princess", "actress", "anchorwoman");

    /**
     * The core of the source phrase {@code t[from, to)}: {start, end}, its head at end - 1; for a
     * relative or reflexive source, the noun phrase ending at {@code antecedentEnd}. Null when none.
     */
    static int[] core(List<Token> t, int from, int to, int antecedentEnd) {
        if (from < 0 || to > t.size() || from >= to) {
            return null;
        }
        String first = lower(t, from);
        int[] named;
        if (antecedentEnd > 0 && (to - from == 1 && RELATIVES.contains(first) || REFLEXIVES.contains(lower(t, to - 1)))
                || antecedentEnd > 0 && t.get(from).start() >= antecedentEnd) {
            int e = tokenEndingAt(t, antecedentEnd);
            if (e < 0) {
                return null;
            }
            int[] np = t.get(from).start() >= antecedentEnd ? SourcePhrase.antecedentNP(t, e) : new int[] {from, e + 1};
            if (np == null || np.length > 2 && np[1] - np[0] == 1 && RELATIVES.contains(lower(t, np[0]))) {
                return null;
            }
            from = np[0];
            to = e + 1;
        } else if ((named = namedAfterDescription(t, from, to)) != null) {
            from = named[0]; // "One of the men, Jessie Elkman, 70,": the name the description is given
            to = named[1];
        } else if (antecedentEnd > 0) {
            int e = tokenEndingAt(t, antecedentEnd);
            String next = e + 1 < to ? t.get(e + 1).text() : "";
            boolean apart = next.isEmpty() || !Character.isLetter(next.charAt(0)) || Character.isLowerCase(next.charAt(0));
            if (e >= from && e < to && apart) {
                to = e + 1; // "Scott Pruitt, the attorney general of Oklahoma,": the name before the apposition
            }
        }
        int end = to;
        for (int i = from + 1; i < to; i++) {
            String w = lower(t, i);
            boolean commonBefore = pos(t, i - 1).equals("NOUN") && !capitalised(t, i - 1)
                    && Character.isLowerCase(t.get(i - 1).text().charAt(0));
            if (w.equals(",") || w.equals("(") || DASHES.contains(w) || w.equals("-") && t.get(i).start() > t.get(i - 1).end()
                    || RELATIVES.contains(w) && i > from || REFLEXIVES.contains(w)
                    || CUT_PREPOSITIONS.contains(w) && commonBefore && !ratio(t, i)) {
                end = i;
                break;
            }
        }
        while (end > from + 1 && (!t.get(end - 1).isWord() || SUFFIXES.contains(lower(t, end - 1)))) {
            end--; // "Martin Luther King Jr.", a closing parenthesis
        }
        while (end > from + 1 && timeExpression(t, end - 1, end) && !timeExpression(t, from, end - 1)) {
            end--; // "a statement Tuesday", "MSNBC Monday": the time is no part of who
        }
        while (end > from + 1 && postModifier(t, end - 1)) {
            end--; // "a court document filed", "two senators present", "one Republican involved"
        }
        if (lower(t, end - 1).equals("'s") || lower(t, end - 1).equals("’s")) {
            return null;
        }
        return new int[] {from, end};
    }

    /**
     * A description headed by a common noun, then a comma and the person's name, ending the phrase or
     * followed by a comma ("One of the men, Jessie Elkman, 70"; "another friend, Mariam Emara"): the
     * name's {start, end}, or null.
     */
    static int[] namedAfterDescription(List<Token> t, int from, int to) {
        int comma = -1;
        for (int i = from + 1; i < to; i++) {
            if (lower(t, i).equals(",")) {
                comma = i;
                break;
            }
            if (pos(t, i).equals("VERB") || RELATIVES.contains(lower(t, i)) || DASHES.contains(lower(t, i))
                    || lower(t, i).equals("(")) {
                return null;
            }
        }
        if (comma < 0 || !Character.isLowerCase(t.get(comma - 1).text().charAt(0)) || !isNounHead(t, comma - 1)) {
            return null;
        }
        for (int i = from; i < comma; i++) {
            if (pos(t, i).equals("PROPN") && i == comma - 1) {
                return null;
            }
        }
        int k = comma + 1;
        while (k < to && t.get(k).isWord() && Character.isUpperCase(t.get(k).text().charAt(0))
                && (pos(t, k).equals("PROPN") || capitalised(t, k) || nameTail(t, k))) {
            k++;
        }
        if (k - (comma + 1) < 2 || k < to && !lower(t, k).equals(",")) {
            return null;
        }
        return new int[] {comma + 1, k};
    }

    /** Adjectives that follow the noun they describe in a source phrase ("people present", "the data available"). */
    private static final Set<String> POSTPOSED = Set.of("present", "available", "involved", "concerned",
            "responsible", "interviewed", "surveyed", "polled", "questioned", "contacted", "briefed", "assembled",
            "gathered", "quoted", "cited");

    /**
     * A participle or adjective after the noun it describes, ending a source phrase ("a court document
     * filed", "a source involved"): no part of who.
     */
    private static boolean postModifier(List<Token> t, int i) {
        String w = lower(t, i);
        String p = pos(t, i);
        String before = pos(t, i - 1);
        boolean nounBefore = before.equals("NOUN") || before.equals("PROPN") && !capitalised(t, i);
        return nounBefore && t.get(i).isWord() && Character.isLowerCase(t.get(i).text().charAt(0))
                && (POSTPOSED.contains(w) || p.equals("VERB") && (w.endsWith("ed") || w.equals("kept")
                || w.equals("made") || w.equals("held") || w.equals("written") || w.equals("seen")));
    }

    /** "Nine in 10 voters": "in" between two numbers is no preposition to cut at. */
    private static boolean ratio(List<Token> t, int i) {
        return lower(t, i).equals("in") && i > 0 && numberLike(t, i - 1) && numberLike(t, i + 1);
    }

    private static int tokenEndingAt(List<Token> t, int offset) {
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).end() == offset) {
                return k;
            }
            if (t.get(k).end() > offset && t.get(k).start() < offset) {
                return k; // "Trump's" ended inside a token
            }
        }
        return -1;
    }

    /** A name: a proper noun, or a capitalised word the tagger missed (not at the sentence's start as a common word). */
    static boolean isName(List<Token> t, int h) {
        String w = t.get(h).text();
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !t.get(h).isWord()) {
            return false;
        }
        String p = pos(t, h);
        if ((p.equals("PRON") || p.equals("DET") || p.equals("AUX") || p.equals("SCONJ") || p.equals("CCONJ"))
                && (org.newsfuse.text.StopWords.is(w) || INDEFINITES.contains(w.toLowerCase(Locale.ROOT))
                || !w.chars().allMatch(Character::isLetter))) {
            return false; // a function word; "Welch/PRON said" is a name the tagger did not know
        }
        if (h == firstWord(t) && p.equals("NOUN") && isNounHead(t, h)
                && (DOCUMENTS.contains(w.toLowerCase(Locale.ROOT)) || ORGANISATIONS.contains(w.toLowerCase(Locale.ROOT))
                || w.toLowerCase(Locale.ROOT).endsWith("s"))) {
            return false; // "Officials said", "Police said" opening a sentence
        }
        return true;
    }

    /** A common noun, a number or a quantifier that can head a source ("officials", "47 percent", "most"). */
    static boolean isNounHead(List<Token> t, int h) {
        String p = pos(t, h);
        String w = lower(t, h);
        boolean lowerWord = t.get(h).isWord() && Character.isLowerCase(t.get(h).text().charAt(0));
        return p.equals("NOUN") || p.equals("NUM") || QUANTIFIERS.contains(w) || w.equals("%") || w.equals("others")
                || p.equals("PROPN") && lowerWord // "the Vermont senator/PROPN"
                || p.equals("ADJ") && (w.endsWith("s") || w.equals("majority"))
                || p.equals("ADJ") && lowerWord && h > 0 && Mistagged.adjectiveHead(t, h - 1, h) // "a State Department official/ADJ"
                || p.equals("VERB") && lowerWord && DOCUMENTS.contains(w) && h > 0
                && (pos(t, h - 1).equals("PROPN") || pos(t, h - 1).equals("NOUN")); // "a Gallup poll/VERB"
    }

    /** Where the noun phrase headed at {@code h} starts in the core: after a leading "a"/"an". */
    static int nounPhraseStart(List<Token> t, int from, int h) {
        int k = from;
        while (k < h && (lower(t, k).equals("a") || lower(t, k).equals("an") || !t.get(k).isWord())) {
            k++;
        }
        return k;
    }

    /** Where the name ending at {@code h} starts: back over proper nouns and initials, not over titles and roles. */
    static int nameStart(List<Token> t, int from, int h) {
        Gazetteer g = Gazetteer.get();
        int k = h;
        while (k - 1 >= from && isNamePart(t, k - 1) && !g.isTitle(t.get(k - 1).text())
                && !lower(t, k - 1).equals("'s") && !lower(t, k - 1).equals("’s")) {
            k--;
        }
        return k;
    }

    private static boolean isNamePart(List<Token> t, int k) {
        String w = t.get(k).text();
        if (w.equals(".") || w.equals("-")) {
            return k > 0 && t.get(k).start() == t.get(k - 1).end() && Character.isUpperCase(t.get(k - 1).text().charAt(0));
        }
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && (pos(t, k).equals("PROPN") || capitalised(t, k)
                || pos(t, k).equals("ADJ") && k > firstWord(t)
                || w.length() <= 2 && w.endsWith(".") || w.length() == 1);
    }

    /** The type of a name the story has no entity for. */
    static Quote.SpeakerType nameType(List<Token> t, int from, int to) {
        Gazetteer g = Gazetteer.get();
        for (int k = from; k < to; k++) {
            if (g.isOrgWord(t.get(k).text())) {
                return Quote.SpeakerType.ORGANISATION;
            }
        }
        String name = t.get(from).text();
        if (g.place(name) != null && to - from == 1) {
            return Quote.SpeakerType.ORGANISATION;
        }
        if (to - from >= 2 && g.gender(name) != 0) {
            return Quote.SpeakerType.PERSON;
        }
        return to - from == 1 && name.length() > 1 && name.chars().allMatch(c -> Character.isUpperCase(c)
                || !Character.isLetter(c)) ? Quote.SpeakerType.ORGANISATION : Quote.SpeakerType.UNKNOWN;
    }

    /** The type of a source headed by a common noun. */
    static Quote.SpeakerType nounType(String head) {
        String w = head.toLowerCase(Locale.ROOT);
        if (DOCUMENTS.contains(w)) {
            return Quote.SpeakerType.DOCUMENT;
        }
        if (ORGANISATIONS.contains(w) && !w.equals("police")) {
            return Quote.SpeakerType.ORGANISATION;
        }
        return Quote.SpeakerType.GROUP;
    }

    /** Whether a group or role speaker names one person ("a spokesman", "the senator"), not several. */
    static boolean singularRole(String speaker) {
        String head = lastWord(speaker);
        return !COLLECTIVES.contains(head) && !head.endsWith("s") || head.endsWith("ss") || SINGULAR_ROLES_M.contains(head)
                || SINGULAR_ROLES_F.contains(head);
    }

    /** 'm' or 'f' when a role noun tells its bearer's gender ("spokeswoman"), else 0. */
    static char roleGender(String speaker) {
        String head = lastWord(speaker);
        return SINGULAR_ROLES_M.contains(head) ? 'm' : SINGULAR_ROLES_F.contains(head) ? 'f' : 0;
    }

    private static String lastWord(String s) {
        String[] w = s.toLowerCase(Locale.ROOT).split("\\s+");
        return w[w.length - 1];
    }
}
