package org.newsfuse.eval.summarize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfuse.compare.CompareStage;
import org.newsfuse.compare.DateResolver;
import org.newsfuse.model.Article;
import org.newsfuse.model.Fact;
import org.newsfuse.model.SentenceRef;
import org.newsfuse.model.SummarySentence;
import org.newsfuse.model.TimelineEntry;
import org.newsfuse.model.Token;
import org.newsfuse.nlp.Nlp;

/**
 * Reads a finished summary as an editor would, with its own detectors (none of the summarizer's
 * code): fragments, openings that point at nothing said before, two sentences reporting one fact,
 * and sentences out of time order. Each finding names the sentence.
 */
public final class CoherenceAudit {
    private CoherenceAudit() {
    }

    /** What the audit found in one summary, each a line naming the sentences. */
    public record Findings(List<String> fragments, List<String> unresolved, List<String> sameFact, List<String> outOfOrder) {
        public int total() {
            return fragments.size() + unresolved.size() + sameFact.size() + outOfOrder.size();
        }
    }

    /** Ends with an abbreviation: initials, a company or degree abbreviation, or a short model name after "the". */
    private static final Pattern CUT_ABBREVIATION = Pattern.compile(
            "(?:\\b(?:[A-Z]\\.){1,3}[A-Z]?|\\b(?:Corp|Inc|Co|Ltd|Jr|Sr|Bros|Ph\\.D)\\.|\\b(?:the|a|its) [A-Z][A-Za-z]{0,2}\\.)$");
    private static final Pattern INITIALS_END = Pattern.compile("(?:^|\\s)(?:[A-Z]\\.){2,3}$");
    private static final Pattern MODEL_END = Pattern.compile("\\b(?:the|a|its) [A-Z][A-Za-z]{0,2}\\.$");
    private static final Pattern CAPTION = Pattern.compile(
            "(?i)\\(\\s*(?:AP |AFP |Reuters |PTI |File )?photo|\\bphoto\\s*\\||\\s\\|\\s|handout|\\bvia reuters\\b|getty images|\\bREAD\\b\\s*\\|");
    private static final Pattern DATELINE = Pattern.compile("^[A-Z]{3,}[A-Z .,']*(?:\\([A-Za-z]+\\))?\\s*(?::|_|—|–|--)");
    private static final Set<String> POINTERS = Set.of("he", "she", "it", "they", "him", "them", "his", "her", "its",
            "their", "this", "that", "these", "those", "such", "but", "however", "meanwhile", "also", "yet", "still",
            "instead", "nevertheless", "moreover", "furthermore", "and", "so", "then", "there", "here", "thus", "besides",
            "otherwise", "likewise", "similarly");
    /** Nouns that after "The" stand for something reported before. */
    private static final Set<String> BACK_NOUNS = Set.of("move", "deal", "decision", "agreement", "accord", "plan",
            "proposal", "step", "measure", "announcement", "report", "reports", "incident", "attack", "talks", "visit",
            "meeting", "case", "ruling", "verdict", "vote", "development", "news", "comments", "remarks", "statement",
            "action", "effort", "offer", "request", "demand", "award", "episode", "affair", "event", "operation",
            "arrest", "trip", "initiative", "threat", "warning", "letter", "interview", "bill", "law", "pact",
            "treaty", "order", "resolution", "move's", "result", "results", "findings", "claim", "claims", "charges",
            "allegations", "accusations", "appeal", "program", "project", "idea", "crash", "blast",
            "explosion", "bombing", "killing", "killings", "shooting", "fire", "storm", "quake", "disaster");
    private static final Set<String> VERB_FORMS = Set.of("is", "are", "was", "were", "be", "been", "has", "have", "had",
            "will", "would", "can", "could", "may", "might", "must", "should", "did", "does", "do", "said", "says", "won",
            "went", "came", "took", "made", "met", "fell", "rose", "gave", "left", "told", "got", "held", "led", "lost",
            "paid", "put", "sent", "set", "hit", "saw", "sold", "shot", "began", "brought", "found", "knew", "thought");

    /** Audits one summary of the given articles; the first sentence is the lead. */
    public static Findings audit(List<Article> articles, List<SummarySentence> summary) {
        Map<String, Article> byId = new HashMap<>();
        for (Article a : articles) {
            byId.put(a.id(), a);
        }
        List<String> fragments = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        Nlp nlp = Nlp.get();
        for (int i = 0; i < summary.size(); i++) {
            SummarySentence s = summary.get(i);
            String why = fragment(s, byId, nlp);
            if (why != null) {
                fragments.add(why + ": " + s.text());
            }
            String pointer = pointsBack(s, i == 0 ? null : summary.get(i - 1), summary.subList(0, i), nlp);
            if (pointer != null) {
                unresolved.add(pointer + ": " + s.text());
            }
        }
        return new Findings(fragments, unresolved, sameFacts(articles, summary), outOfOrder(articles, summary));
    }

    /** Why a sentence is a fragment, or null. */
    static String fragment(SummarySentence s, Map<String, Article> byId, Nlp nlp) {
        String t = s.text().strip();
        if (t.isEmpty() || Character.isLowerCase(t.charAt(0))) {
            return "starts in lower case";
        }
        if (!t.matches("(?s).*[.!?…][\"”’')\\]]*$") && !t.matches("(?s).*[.!?,]('')$")) {
            return "does not end as a sentence";
        }
        if (CAPTION.matcher(t).find()) {
            return "caption or page furniture";
        }
        if (DATELINE.matcher(t).find()) {
            return "dateline";
        }
        SentenceRef origin = s.evidence().get(0);
        Article a = byId.get(origin.article());
        String body = t;
        if (a != null && CUT_ABBREVIATION.matcher(body).find()) {
            // the source goes on in lower case, after initials with a name, or after a model name with its number
            String rest = a.text().substring(Math.min(origin.end(), a.text().length())).stripLeading();
            char next = rest.isEmpty() ? ' ' : rest.charAt(0);
            if (Character.isLowerCase(next) || INITIALS_END.matcher(body).find() && Character.isUpperCase(next)
                    && !rest.startsWith("The ") || MODEL_END.matcher(body).find() && Character.isDigit(next)) {
                return "cut after an abbreviation";
            }
        }
        if (a != null && origin.end() < a.text().length()) {
            String after = a.text().substring(origin.end());
            String lead = after.stripLeading();
            if (!lead.isEmpty() && after.length() > lead.length() && !after.startsWith("\n")
                    && Character.isLowerCase(lead.charAt(0)) && s.text().equals(a.text().substring(origin.start(), origin.end()))) {
                return "the source carries on in lower case";
            }
        }
        boolean verb = false;
        for (Token tok : nlp.tokens(t, 0, true)) {
            String w = tok.text().toLowerCase(Locale.ROOT);
            if ("VERB".equals(tok.pos()) || "AUX".equals(tok.pos()) || VERB_FORMS.contains(w) || w.length() > 4 && w.endsWith("ed")) {
                verb = true;
                break;
            }
        }
        return verb ? null : "no verb";
    }

    /** What an opening points back to that the summary has not given, or null. */
    static String pointsBack(SummarySentence s, SummarySentence previous, List<SummarySentence> before, Nlp nlp) {
        List<Token> tokens = nlp.tokens(s.text(), 0, false);
        List<Token> words = tokens.stream().filter(Token::isWord).toList();
        if (words.isEmpty()) {
            return null;
        }
        String first = words.get(0).text().toLowerCase(Locale.ROOT);
        if (POINTERS.contains(first)) {
            if (previous != null && followsInSource(previous, s)) {
                return null;
            }
            return "opens with '" + words.get(0).text() + "'";
        }
        if (first.equals("the") && words.size() > 1) {
            for (int k = 1; k < Math.min(words.size(), 4); k++) {
                String w = words.get(k).text();
                if (Character.isUpperCase(w.charAt(0))) {
                    return null;
                }
                if (BACK_NOUNS.contains(w.toLowerCase(Locale.ROOT))) {
                    String stem = nlp.stem(w);
                    String root = stem.substring(0, Math.min(4, stem.length()));
                    for (SummarySentence b : before) {
                        for (Token bt : nlp.tokens(b.text(), 0, false)) {
                            if (bt.isWord() && nlp.stem(bt.text()).startsWith(root)) {
                                return null;
                            }
                        }
                    }
                    return "'the " + w + "' said nowhere before";
                }
            }
        }
        return null;
    }

    /** The sentence comes right after the previous one in the same article. */
    private static boolean followsInSource(SummarySentence previous, SummarySentence s) {
        SentenceRef p = previous.evidence().get(0);
        SentenceRef c = s.evidence().get(0);
        return p.article().equals(c.article()) && c.sentence() == p.sentence() + 1;
    }

    /**
     * Pairs of summary sentences that report one fact: their own sentences fall in one fact of the
     * comparison ({@link CompareStage}), or both cite the same sentences of two or more other outlets
     * (one outlet's long sentence may hold two facts; two outlets' both doing so is one fact).
     */
    static List<String> sameFacts(List<Article> articles, List<SummarySentence> summary) {
        Map<String, String> factOf = new HashMap<>();
        for (Fact f : new CompareStage().compare(articles).facts()) {
            for (Fact.Wording w : f.wordings()) {
                factOf.put(key(w.sentence()), f.id());
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < summary.size(); i++) {
            for (int j = i + 1; j < summary.size(); j++) {
                SummarySentence a = summary.get(i);
                SummarySentence b = summary.get(j);
                String fa = factOf.get(key(a.evidence().get(0)));
                String fb = factOf.get(key(b.evidence().get(0)));
                int shared = 0;
                for (SentenceRef ra : a.evidence()) {
                    for (SentenceRef rb : b.evidence()) {
                        shared += key(ra).equals(key(rb)) ? 1 : 0;
                    }
                }
                String why = fa != null && fa.equals(fb) ? "one fact of the comparison"
                        : shared >= 2 ? "both cite the same sentences of " + shared + " outlets" : null;
                if (why != null) {
                    out.add((i + 1) + " and " + (j + 1) + " (" + why + "): " + a.text() + " | " + b.text());
                }
            }
        }
        return out;
    }

    private static String key(SentenceRef r) {
        return r.article() + "#" + r.sentence();
    }

    /**
     * Pairs after the lead in the wrong time order: by the day each reports (the first day-precise
     * date its own sentence names, or its article's date) when every one has one, else by the order
     * of their articles in the story.
     */
    static List<String> outOfOrder(List<Article> articles, List<SummarySentence> summary) {
        Map<String, Article> byId = new HashMap<>();
        Map<String, Integer> position = new HashMap<>();
        for (Article a : articles) {
            byId.put(a.id(), a);
            position.put(a.id(), position.size());
        }
        List<LocalDate> days = new ArrayList<>();
        List<Integer> articleOrder = new ArrayList<>();
        boolean dated = true;
        for (SummarySentence s : summary) {
            SentenceRef r = s.evidence().get(0);
            Article a = byId.get(r.article());
            LocalDate d = a == null ? null : a.published();
            if (a != null) {
                String own = a.text().substring(r.start(), r.end());
                for (DateResolver.Resolved x : DateResolver.resolve(own, a.published())) {
                    if (x.precision() == TimelineEntry.Precision.DAY) {
                        d = x.date();
                        break;
                    }
                }
            }
            days.add(d);
            dated &= d != null;
            articleOrder.add(position.getOrDefault(r.article(), 0));
        }
        List<String> out = new ArrayList<>();
        for (int i = 1; i < summary.size(); i++) {
            for (int j = i + 1; j < summary.size(); j++) {
                boolean wrong = dated ? days.get(i).isAfter(days.get(j)) : articleOrder.get(i) > articleOrder.get(j);
                if (wrong) {
                    out.add((i + 1) + " before " + (j + 1) + ": " + summary.get(i).text() + " | " + summary.get(j).text());
                }
            }
        }
        return out;
    }
}
