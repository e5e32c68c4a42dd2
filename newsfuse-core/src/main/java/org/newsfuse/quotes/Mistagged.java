package org.newsfuse.quotes;

import java.util.List;
import org.newsfuse.model.Quote;
import org.newsfuse.model.Token;

import static org.newsfuse.quotes.Tags.*;

/**
 * Words of a source phrase the tagger got wrong, read for what they are there: an adjective in a
 * noun's place ("a State Department official/ADJ said"), a noun of texts or a gerund tagged as a verb
 * inside a noun phrase ("a Gallup poll/VERB", "the polling/VERB average").
 */
final class Mistagged {
    private Mistagged() {
    }

    /**
     * "a State Department official/ADJ said": an adjective the tagger gave a noun's place, the last
     * word of a phrase opened by a determiner or a name and holding no verb.
     */
    static boolean adjectiveHead(List<Token> t, int start, int j) {
        String first = pos(t, start);
        if (!first.equals("DET") && !first.equals("PROPN") && !first.equals("NUM")) {
            return false;
        }
        String before = pos(t, j - 1);
        return before.equals("PROPN") || before.equals("NOUN") || before.equals("ADJ") || before.equals("DET")
                || before.equals("NUM");
    }

    /**
     * Inside a noun phrase, a word the tagger called a verb that is a noun there: a noun of texts
     * ("poll", "survey") or a gerund before a noun ("polling average").
     */
    static boolean verbTaggedNoun(List<Token> t, int k) {
        if (!pos(t, k).equals("VERB") || !npToken(t, k - 1) || !Character.isLowerCase(t.get(k).text().charAt(0))) {
            return false;
        }
        String w = lower(t, k);
        boolean nounNext = k + 1 < t.size() && pos(t, k + 1).equals("NOUN");
        return SourceHead.nounType(w) == Quote.SpeakerType.DOCUMENT && !nounNext
                && pos(t, k - 1).equals("PROPN") || w.endsWith("ing") && nounNext;
    }
}
