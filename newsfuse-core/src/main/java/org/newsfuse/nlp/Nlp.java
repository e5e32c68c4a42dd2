package org.newsfuse.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.stemmer.PorterStemmer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.newsfuse.model.Token;

/**
 * Sentence splitting, tokenization, tagging and stemming of English text. One instance per thread
 * ({@link #get()}): OpenNLP's taggers keep state between calls.
 */
public final class Nlp {
    private static final ThreadLocal<Nlp> PER_THREAD = ThreadLocal.withInitial(Nlp::new);

    private final SentenceDetectorME sentences = new SentenceDetectorME(EnglishModels.sentences());
    private final TokenizerME tokenizer = new TokenizerME(EnglishModels.tokenizer());
    private final POSTaggerME tagger = new POSTaggerME(EnglishModels.pos(), POSTagFormat.UD);
    private final PorterStemmer stemmer = new PorterStemmer();

    private Nlp() {
    }

    /** This thread's instance. */
    public static Nlp get() {
        return PER_THREAD.get();
    }

    /**
     * Sentence spans in {@code text}, trimmed of surrounding white space. A break the model puts
     * right after an abbreviation that cannot end a sentence there is undone: a month before a day
     * ("Sept. 24"), a title before a name ("Gen. Wesley Clark"), a middle initial ("Wesley K.
     * Clark"). A break the model misses after a quotation closed by a full stop ({@code .''}) before
     * a capital or an opening quotation is added: the model does not know the wire services'
     * {@code ``...''} quotation marks (it does split after {@code .”}).
     */
    public List<Span> sentenceSpans(String text) {
        List<Span> out = new ArrayList<>();
        text = TokenCap.apply(text);
        for (Span s : sentences.sentPosDetect(text)) {
            splitAfterClosedQuotes(text, s, out);
        }
        return out;
    }

    /** Adds the pieces of one span of the model to {@code out}: trimmed, split after closed quotations. */
    private static void splitAfterClosedQuotes(String text, Span s, List<Span> out) {
        int from = s.getStart();
        for (int i = s.getStart() + 1; i + 1 < s.getEnd(); i++) {
            if (".?!".indexOf(text.charAt(i - 1)) >= 0 && text.startsWith("''", i)) {
                int after = i + 2;
                int k = after;
                while (k < s.getEnd() && Character.isWhitespace(text.charAt(k))) {
                    k++;
                }
                if (k > after && k < s.getEnd() && (Character.isUpperCase(text.charAt(k)) || text.startsWith("``", k)
                        || text.charAt(k) == '“')) {
                    add(text, new Span(from, after), out);
                    from = k;
                    i = k;
                }
            }
        }
        add(text, new Span(from, s.getEnd()), out);
    }

    private static void add(String text, Span s, List<Span> out) {
        int start = s.getStart();
        int end = s.getEnd();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= start) {
            return;
        }
        if (!out.isEmpty() && continuesAfterAbbreviation(text, out.get(out.size() - 1), start)) {
            Span prev = out.remove(out.size() - 1);
            out.add(new Span(prev.getStart(), end));
        } else {
            out.add(new Span(start, end));
        }
    }

    private static final Set<String> MONTHS = Set.of("jan", "feb", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt",
            "col", "sgt", "capt", "maj", "adm", "cmdr", "rev", "prof", "st", "ft", "mt", "no", "vs");

    /** Whether the sentence starting at {@code next} carries on the previous one, cut after an abbreviation. */
    static boolean continuesAfterAbbreviation(String text, Span prev, int next) {
        int end = prev.getEnd();
        if (end < 2 || text.charAt(end - 1) != '.' || next >= text.length()) {
            return false;
        }
        int k = end - 1;
        while (k > prev.getStart() && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        String word = text.substring(k, end - 1);
        char first = text.charAt(next);
        if (Abbreviations.continues(text, prev.getStart(), end, first)) {
            return true;
        }
        boolean wordStart = k == prev.getStart() || !Character.isLetterOrDigit(text.charAt(k - 1))
                && text.charAt(k - 1) != '.';
        if (word.isEmpty() || !wordStart) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (MONTHS.contains(lower) && Character.isUpperCase(word.charAt(0))) {
            return Character.isDigit(first);
        }
        if (TITLES.contains(lower) && Character.isUpperCase(word.charAt(0))) {
            return lower.equals("no") ? Character.isDigit(first) : Character.isUpperCase(first);
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            // a middle initial between capitalised names: "Wesley K. Clark"
            int before = k - 1;
            while (before > prev.getStart() && text.charAt(before) == ' ') {
                before--;
            }
            return before > prev.getStart() && Character.isLowerCase(text.charAt(before))
                    && Character.isUpperCase(first) && isNameLike(text, before, prev.getStart());
        }
        return false;
    }

    /** The word ending at {@code last} starts with a capital: "Wesley" in "Wesley K.". */
    private static boolean isNameLike(String text, int last, int floor) {
        int k = last;
        while (k > floor && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        return Character.isUpperCase(text.charAt(k)) && (k == floor || text.charAt(k - 1) == ' ');
    }

    /**
     * Tokens of {@code text} (offsets shifted by {@code offset}), tagged when {@code tag} is set,
     * each with its lower-cased Porter stem. A run of non-space characters longer than
     * {@link TokenCap#cap()} is junk and gives no token.
     */
    public List<Token> tokens(String text, int offset, boolean tag) {
        text = TokenCap.apply(text);
        Span[] spans = tokenizer.tokenizePos(text);
        Word[] words = new Word[spans.length];
        String[] forms = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = word(text.substring(spans[i].getStart(), spans[i].getEnd()));
            forms[i] = words[i].text();
        }
        String[] tags = tag && forms.length > 0 ? tagInPieces(forms) : null;
        List<Token> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            out.add(new Token(offset + spans[i].getStart(), offset + spans[i].getEnd(), words[i].text(),
                    tags == null ? null : tags[i], words[i].stem()));
        }
        return out;
    }

    /**
     * Longest run of tokens tagged in one call. The tagger's beam search copies its sequence at every
     * token, so its time grows with the square of a sentence's length: a junk "sentence" of 200,000
     * tokens (a page of entities) would take minutes. Real sentences stay far below this.
     */
    static final int MAX_TAGGED_TOKENS = 400;

    private String[] tagInPieces(String[] words) {
        if (words.length <= MAX_TAGGED_TOKENS) {
            return tagger.tag(words);
        }
        String[] tags = new String[words.length];
        for (int from = 0; from < words.length; from += MAX_TAGGED_TOKENS) {
            org.newsfuse.pipeline.Budget.check();
            int to = Math.min(words.length, from + MAX_TAGGED_TOKENS);
            System.arraycopy(tagger.tag(java.util.Arrays.copyOfRange(words, from, to)), 0, tags, from, to - from);
        }
        return tags;
    }

    /** A word form and its stem, one shared instance per form (see {@link #word(String)}). */
    private record Word(String text, String stem) {
    }

    /** Forms met on this thread, at most {@value #WORDS_KEPT} (then forgotten and started again). */
    private final java.util.HashMap<String, Word> words = new java.util.HashMap<>();
    static final int WORDS_KEPT = 50_000;

    /**
     * The form with its stem, stemmed once per thread and shared: every "the" of every article is
     * one string (articles held for clustering weigh less) and Porter runs once per form.
     */
    private Word word(String form) {
        Word w = words.get(form);
        if (w == null) {
            if (words.size() >= WORDS_KEPT) {
                words.clear();
            }
            w = new Word(form, stem(form));
            words.put(form, w);
        }
        return w;
    }

    /** The lower-cased Porter stem of a word; punctuation and numbers are returned as they are. */
    public String stem(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (lower.length() < 3 || !Character.isLetter(lower.charAt(0))) {
            return lower;
        }
        return stemmer.stem(lower);
    }
}
