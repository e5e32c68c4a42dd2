package org.newsfuse.quotes;

import java.util.ArrayList;
import java.util.List;
import org.newsfuse.model.Quote;
import org.newsfuse.model.Token;

/** A mutable attribution while an article is read: filled by {@link CueFinder}, then {@link SpeakerResolver}. */
final class Draft {
    final List<Attribution.Span> content = new ArrayList<>();
    Attribution.Span cue;
    /** The source phrase as found ("he", "Rally Canada volunteer media coordinator Tom Hinderks"). */
    Attribution.Span source;
    String sourceText;
    /** The source phrase's tokens and its token range there, for finding its head. */
    List<Token> sourceTokens;
    int sourceFrom = -1;
    int sourceTo = -1;
    boolean direct;
    boolean partial;
    String speaker;
    Quote.SpeakerType speakerType;
    /** The words of the source phrase the speaker was read from (its head), or null. */
    Attribution.Span speakerSpan;
    int paragraph;
    /** End offset of the noun phrase a relative, a reflexive or an appositive hangs on, or -1. */
    int antecedentEnd = -1;
    boolean pronoun;
    /** The attribution whose speaker this one shares ("He said … and said …"), or null. */
    Draft sameAs;

    /** The same source as {@code other} ("He said … and said that …", a participle, a carried-on quote). */
    void sameSourceAs(Draft other) {
        source = other.source;
        sourceText = other.sourceText;
        sourceTokens = other.sourceTokens;
        sourceFrom = other.sourceFrom;
        sourceTo = other.sourceTo;
        antecedentEnd = other.antecedentEnd;
        pronoun = other.pronoun;
    }
}
