package org.newsfuse.summarize;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfuse.compare.DateResolver;
import org.newsfuse.entities.Gazetteer;
import org.newsfuse.model.TimelineEntry;
import org.newsfuse.model.Token;

/**
 * What an editor asks of a summary's sentences beyond what they are worth: whole sentences (no
 * fragments, captions or datelines), a first sentence that carries the event, an order a reader can
 * follow (the time of what each reports, then its importance), and no opening that points at
 * something the summary has not said ("the move", "the deal").
 */
final class Editorial {
    private Editorial() {
    }

    /** Function words that cannot end a clause: a sentence ending "... while the ID." was cut. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("while", "that", "because", "although", "though", "if",
            "whether", "since", "unless", "whereas", "when");

    /** A parenthetical credit closing a sentence: "(Photo | PTI)", "(Russian Foreign Ministry/Handout via Reuters )". */
    private static final Pattern CREDIT = Pattern.compile(
            "\\([^()]*\\b(?:Photo|Photos|Image|Images|File|Handout|via|Getty|Credit|Courtesy)\\b[^()]*\\)\\s*[.]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** Page furniture inside a sentence: "READ | ...", "Photo | PTI". */
    private static final Pattern FURNITURE = Pattern.compile("\\s\\|\\s|\\b(?:READ ALSO|ALSO READ|READ MORE|Click here)\\b");
    /** A dateline opening the sentence: "NEW DELHI:", "WASHINGTON (AP) _", "LONDON —". */
    private static final Pattern DATELINE = Pattern.compile(
            "^[A-Z][A-Z.'\\- ]{2,}(?:,\\s*[A-Z][A-Za-z.]+)?\\s*(?:\\([A-Za-z ]+\\))?\\s*(?::|_|—|–|--)\\s");

    /**
     * Nouns that, after "The", refer back to an event the reader must already know: "The move could
     * rile the US", "The deal was signed".
     */
    static final Set<String> EVENT_NOUNS = Set.of("move", "deal", "decision", "agreement", "accord", "plan",
            "proposal", "step", "measure", "announcement", "report", "incident", "attack", "talks", "visit",
            "meeting", "case", "ruling", "verdict", "vote", "development", "news", "comments", "remarks",
            "statement", "action", "effort", "offer", "request", "demand", "crisis", "dispute", "situation",
            "issue", "matter", "change", "changes", "award", "episode", "affair", "event", "operation", "strike",
            "arrest", "trip", "initiative", "program", "programme", "project", "idea", "threat", "warning");

    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those", "such");

    /**
     * A sentence an editor would not print as it stands: it has no verb, it ends in a clause
     * without one ("VW says that while the ID."), the splitter cut it before its end (the article
     * carries on in lower case), it is a caption or credit, page furniture, or opens with a dateline.
     */
    static boolean isFragment(SentenceUnit u) {
        List<Token> tokens = u.sentence().tokens();
        boolean tagged = tokens.stream().anyMatch(t -> t.pos() != null);
        if (tagged) {
            int lastOpener = -1;
            boolean verb = false;
            boolean verbAfterOpener = false;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (isVerb(t)) {
                    verb = true;
                    verbAfterOpener = true;
                } else if ("SCONJ".equals(t.pos()) && CLAUSE_OPENERS.contains(t.text().toLowerCase(Locale.ROOT)) && i > 0) {
                    lastOpener = i;
                    verbAfterOpener = false;
                }
            }
            if (!verb || lastOpener >= 0 && !verbAfterOpener && tokens.size() - lastOpener <= 5) {
                return true;
            }
        }
        if (continuesInLowerCase(u)) {
            return true;
        }
        String t = u.text();
        return CREDIT.matcher(t).find() || FURNITURE.matcher(t).find() || DATELINE.matcher(t).find();
    }

    static boolean isVerb(Token t) {
        if ("VERB".equals(t.pos()) || "AUX".equals(t.pos())) {
            return true;
        }
        // the tagger misses verbs it has not seen as such ("Feingold won", "underwent"): past forms by shape
        String w = t.text().toLowerCase(Locale.ROOT);
        return w.length() > 3 && w.endsWith("ed") || PAST.contains(w);
    }

    /** Common irregular past forms. */
    private static final Set<String> PAST = Set.of("won", "went", "came", "took", "made", "met", "fell", "rose", "gave",
            "left", "told", "said", "says", "got", "held", "led", "kept", "lost", "paid", "put", "ran", "sent", "set",
            "spent", "stood", "struck", "thought", "underwent", "wrote", "began", "broke", "brought", "built", "bought",
            "chose", "drew", "drove", "fled", "flew", "found", "grew", "heard", "hit", "knew", "laid", "meant", "quit",
            "rang", "saw", "sold", "shot", "shut", "sought", "spoke", "swore", "threw", "understood", "withdrew", "is",
            "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must");

    /** The article's text right after the sentence carries on in lower case: the splitter cut the sentence. */
    private static boolean continuesInLowerCase(SentenceUnit u) {
        String text = u.article().text();
        int k = u.sentence().end();
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        return k < text.length() && k > u.sentence().end() && Character.isLowerCase(text.charAt(k));
    }

    /**
     * The noun a sentence's opening refers back with ("The move ...", "This decision ..."), as a
     * stem, or null when it opens with a name or anything that stands on its own.
     */
    static String reference(SentenceUnit u) {
        List<Token> tokens = u.sentence().tokens();
        if (tokens.size() < 2) {
            return null;
        }
        String first = tokens.get(0).text().toLowerCase(Locale.ROOT);
        boolean demonstrative = DEMONSTRATIVES.contains(first);
        if (!demonstrative && !first.equals("the")) {
            return null;
        }
        for (int i = 1; i < Math.min(tokens.size(), 5); i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || Character.isUpperCase(t.text().charAt(0))) {
                return null; // "The International Olympic Committee": a name
            }
            String lw = t.text().toLowerCase(Locale.ROOT);
            if ("ADJ".equals(t.pos()) || "NUM".equals(t.pos()) || "ADV".equals(t.pos())
                    || "VERB".equals(t.pos()) && (lw.endsWith("ed") || lw.endsWith("ing"))) {
                continue; // "The proposed deal", "the two-day visit"
            }
            String w = t.text().toLowerCase(Locale.ROOT);
            if (demonstrative && ("NOUN".equals(t.pos()) || t.pos() == null)) {
                return t.stem();
            }
            return EVENT_NOUNS.contains(w) ? t.stem() : null;
        }
        return null;
    }

    /**
     * Whether a reference opening is resolved by what the summary said before: an earlier sentence
     * names it (the same stem: "the deal" after "a deal", "the talks" after "talked"). A noun a
     * reader may take for the same thing ("the deal" after "the acquisition") is not enough: which
     * nouns those are depends on the story, and a sentence that opens with one is worth its place
     * only after the sentence that says it.
     */
    static boolean resolved(SentenceUnit u, List<SentenceUnit> before) {
        String ref = reference(u);
        if (ref == null) {
            return true;
        }
        for (SentenceUnit b : before) {
            for (Token t : b.sentence().tokens()) {
                String st = t.stem();
                if (ref.equals(st) || st.length() >= 4 && t.isWord() && (ref.startsWith(st) || st.startsWith(ref))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How far a sentence carries the event: who (a name), what (a verb), where (a place), when (a date). */
    record Event(boolean who, boolean what, boolean where, boolean when) {
        boolean whole() {
            return who && what;
        }
    }

    static Event event(SentenceUnit u) {
        boolean who = false;
        boolean what = false;
        boolean where = false;
        List<Token> tokens = u.sentence().tokens();
        Gazetteer g = Gazetteer.get();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isProperNoun()) {
                who = true;
                String prev = i > 0 ? tokens.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
                if (prev.equals("in") || prev.equals("at") || prev.equals("near") || prev.equals("off")
                        || g.place(t.text()) != null && !g.isDemonym(t.text())) {
                    where = true;
                }
            }
            what |= isVerb(t);
        }
        boolean when = !DateResolver.resolve(u.text(), u.article().published()).isEmpty()
                || WEEKDAY.matcher(u.text()).find();
        return new Event(who, what, where, when);
    }

    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)\\b");

    /**
     * How well a sentence leads the summary: the fact most outlets report, and report earliest —
     * over the sentence and every article's sentence that reports the same ({@link Support}), the
     * sum of {@code 1 / (1 + i / span)} for sentence {@code i} of its article — counting more when
     * it says where and when. Zero for a sentence that cannot lead: no name or no verb, mostly a
     * quotation, opening with a quotation, or a reference back.
     */
    static double leadScore(SentenceUnit u, Support support, Positions positions, double span) {
        Event e = event(u);
        String t = u.text().strip();
        if (!e.whole() || Summarizer.quotedShare(t) > 0.2 || "\"“‘'`".indexOf(t.charAt(0)) >= 0 || reference(u) != null) {
            return 0;
        }
        return importance(u, support, positions, span) * (1 + (e.where() ? 0.25 : 0) + (e.when() ? 0.25 : 0));
    }

    /**
     * How much a sentence matters to the story: over the sentence and every article's sentence that
     * reports the same ({@link Support}), the sum of {@code 1 / (1 + i / span)} for the
     * {@code i}-th sentence of running prose in its article — what most outlets report, and report
     * early (a page's headline, bullets and captions before its first paragraph do not push it down).
     */
    static double importance(SentenceUnit u, Support support, Positions positions, double span) {
        double s = 1.0 / (1.0 + positions.of(u) / span);
        for (SentenceUnit o : support.supporters(u)) {
            s += 1.0 / (1.0 + positions.of(o) / span);
        }
        return s;
    }

    /** Each sentence's place among its article's sentences of running prose (0 = the first). */
    record Positions(java.util.Map<org.newsfuse.model.Sentence, Integer> rank) {
        static Positions of(List<SentenceUnit> all) {
            java.util.Map<org.newsfuse.model.Sentence, Integer> rank = new java.util.IdentityHashMap<>();
            int article = -1;
            int prose = 0;
            for (SentenceUnit u : all) {
                if (u.articleIndex() != article) {
                    article = u.articleIndex();
                    prose = 0;
                }
                rank.put(u.sentence(), prose);
                if (u.words() >= 6 && org.newsfuse.text.Prose.endsAsSentence(u.text()) && !isFragment(u)) {
                    prose++;
                }
            }
            return new Positions(rank);
        }

        int of(SentenceUnit u) {
            return rank.getOrDefault(u.sentence(), u.sentence().index());
        }
    }

    /**
     * The lead's text with its date resolved: the first relative day it names ("on Tuesday",
     * "yesterday") followed by the day it means, against its article's publication date — "on
     * Tuesday (April 6)", with the year when it is not the article's. Unchanged when there is none or the article has no date.
     */
    static String withDate(SentenceUnit u) {
        LocalDate published = u.article().published();
        if (published == null) {
            return u.text();
        }
        String text = u.text();
        for (DateResolver.Resolved r : DateResolver.resolve(text, published)) {
            if (r.precision() != TimelineEntry.Precision.DAY || !WEEKDAY.matcher(r.phrase()).find()) {
                continue;
            }
            int at = text.indexOf(r.phrase(), r.start());
            if (at < 0) {
                continue;
            }
            int end = at + r.phrase().length();
            // the year only when it is not the article's: a reader dates the story by its articles
            String pattern = r.date().getYear() == published.getYear() ? "MMMM d" : "MMMM d, yyyy";
            return text.substring(0, end) + " (" + r.date().format(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH))
                    + ")" + text.substring(end);
        }
        return text;
    }

    /**
     * The day a sentence reports: the first day-precise date it names (resolved against its
     * article's date), or its article's date; null when neither is known.
     */
    static LocalDate day(SentenceUnit u) {
        for (DateResolver.Resolved r : DateResolver.resolve(u.text(), u.article().published())) {
            if (r.precision() == TimelineEntry.Precision.DAY) {
                return r.date();
            }
        }
        return u.article().published();
    }

    /**
     * Reading order: the lead first; then by the time of what each sentence reports — the day it
     * names or its article's date when every sentence has one, else the story's article order (a
     * story's articles come in the order they were written) — then the more important first.
     */
    static List<SentenceUnit> order(List<SentenceUnit> chosen, SentenceUnit lead, java.util.Map<SentenceUnit, Double> importance) {
        List<SentenceUnit> rest = new ArrayList<>(chosen);
        rest.remove(lead);
        boolean dated = rest.stream().allMatch(u -> day(u) != null);
        Comparator<SentenceUnit> byTime = dated ? Comparator.comparing(Editorial::day)
                : Comparator.comparingInt(SentenceUnit::articleIndex);
        rest.sort(byTime.thenComparing(u -> -importance.getOrDefault(u, 0.0))
                .thenComparingInt(SentenceUnit::articleIndex).thenComparingInt(u -> u.sentence().index()));
        List<SentenceUnit> out = new ArrayList<>();
        if (lead != null && chosen.contains(lead)) {
            out.add(lead);
        }
        out.addAll(rest);
        return out;
    }
}
