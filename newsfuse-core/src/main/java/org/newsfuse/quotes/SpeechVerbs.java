package org.newsfuse.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsfuse.entities.MentionFinder;

/**
 * The verbs of saying (resource {@code speech-verbs.txt}, written for newsfuse): every form of each
 * verb, its lemma, and whether the extractor takes it as a cue on its own (core verbs: say, tell,
 * add, note, argue, ...) or only next to a quotation in marks (ask, continue, ...; and the verbs of
 * communication that name or judge rather than report: call, describe, criticize, ...).
 */
public final class SpeechVerbs implements MentionFinder.SpeechCue {
    private static final SpeechVerbs INSTANCE = new SpeechVerbs();

    private final Map<String, String> lemmas = new HashMap<>();
    private final Set<String> core = new HashSet<>();
    private final Set<String> saying = new HashSet<>();

    private SpeechVerbs() {
        try (InputStream in = SpeechVerbs.class.getResourceAsStream("speech-verbs.txt")) {
            if (in == null) {
                throw new IllegalStateException("speech-verbs.txt is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String l;
            while ((l = r.readLine()) != null) {
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                boolean starred = l.startsWith("*");
                boolean naming = l.startsWith("-");
                String[] f = (starred || naming ? l.substring(1) : l).trim().split("\\s+");
                for (String form : f) {
                    lemmas.put(form, f[0]);
                    if (!starred && !naming) {
                        core.add(form);
                    }
                    if (!naming) {
                        saying.add(form);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read speech-verbs.txt", e);
        }
    }

    public static SpeechVerbs get() {
        return INSTANCE;
    }

    /** Whether a lower-case word is a form of a verb of saying. */
    public boolean isForm(String lower) {
        return lemmas.containsKey(lower);
    }

    /** Whether the extractor takes this form as a cue even with no quotation in marks next to it. */
    public boolean isCore(String lower) {
        return core.contains(lower);
    }

    /** The lemma of a form ("told" → "tell"), or null. */
    public String lemma(String lower) {
        return lemmas.get(lower);
    }

    @Override
    public boolean isSpeechVerb(String lowerWord) {
        return core.contains(lowerWord);
    }

    /**
     * Whether an attribution cue (as annotated: "said", "has said", "told reporters", "according
     * to", "said in an interview") is a cue of speech: one of its words is a form of a verb of
     * saying (not one of the verbs that name or judge, marked - in the list), or it is "according to".
     */
    public boolean isSpeechCue(String cue) {
        return cueMatches(cue, saying);
    }

    /** Like {@link #isSpeechCue} with the verbs that name or judge ("called", "criticized") too. */
    public boolean isCommunicationCue(String cue) {
        return cueMatches(cue, lemmas.keySet());
    }

    private static boolean cueMatches(String cue, Set<String> forms) {
        String c = cue.toLowerCase(Locale.ROOT);
        if (c.contains("according to")) {
            return true;
        }
        for (String w : c.split("[^\\p{L}]+")) {
            if (!w.isEmpty() && forms.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
