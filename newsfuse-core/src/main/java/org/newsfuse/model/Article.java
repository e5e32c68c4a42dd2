package org.newsfuse.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One article as it moves through the article-level stages. Fields a stage has not filled yet are
 * null (metadata) or empty (lists); {@link #annotations()} says which stages' results are present.
 * Metadata that could not be found stays null: it is never guessed.
 *
 * @param id          short id, unique within a run ({@code a1}, {@code a2}, ...)
 * @param input       where it came from (file name, {@code file.jsonl:LINE}, {@code stdin:N})
 * @param raw         the raw document it was made from (null once the engine has run the article stages:
 *                    see {@link #withoutRaw()})
 * @param url         the page's URL, when known
 * @param outlet      the publishing outlet's name (or domain when no name is known)
 * @param title       the article's headline
 * @param byline      the author line, without "By"
 * @param published   the publication date
 * @param dateline    the place line opening the story ("NEW DELHI")
 * @param language    ISO 639-1 language code, when known
 * @param text        the clean text: paragraphs joined by a blank line
 * @param paragraphs  paragraphs with offsets into {@code text}
 * @param sentences   sentences with offsets and tokens into {@code text}
 * @param removed     clutter removed by cleaning, as (reason, line) notes, for inspection
 * @param annotations which stage results are present (see {@link Annotations})
 * @param duplicates  other inputs that are near-copies of this article (syndicated text), merged into it
 */
public record Article(
        String id,
        String input,
        RawDocument raw,
        String url,
        String outlet,
        String title,
        String byline,
        LocalDate published,
        String dateline,
        String language,
        String text,
        List<Paragraph> paragraphs,
        List<Sentence> sentences,
        List<String> removed,
        Set<String> annotations,
        List<Duplicate> duplicates) implements java.io.Serializable {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(input, "input");
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
        removed = removed == null ? List.of() : List.copyOf(removed);
        annotations = annotations == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(annotations));
        duplicates = duplicates == null ? List.of() : List.copyOf(duplicates);
    }

    /** An article with no duplicates merged into it (the constructor before duplicates existed). */
    public Article(String id, String input, RawDocument raw, String url, String outlet, String title, String byline,
            LocalDate published, String dateline, String language, String text, List<Paragraph> paragraphs,
            List<Sentence> sentences, List<String> removed, Set<String> annotations) {
        this(id, input, raw, url, outlet, title, byline, published, dateline, language, text, paragraphs, sentences,
                removed, annotations, List.of());
    }

    /** Every input this article stands for: its own first, then those of its duplicates. */
    public List<String> inputs() {
        List<String> out = new ArrayList<>(1 + duplicates.size());
        out.add(input);
        for (Duplicate d : duplicates) {
            out.add(d.input());
        }
        return out;
    }

    /** A fresh article for a raw document, carrying only its id and input. */
    public static Article of(String id, RawDocument raw) {
        return new Article(id, raw.input(), raw, null, null, null, null, null, null, null, null,
                List.of(), List.of(), List.of(), Set.of(Annotations.RAW));
    }

    /**
     * This article without its raw document (null {@code raw}): once cleaned, nothing reads the
     * page's markup again, and a batch held for clustering need not keep every page's HTML.
     */
    public Article withoutRaw() {
        return raw == null ? this : new Article(id, input, null, url, outlet, title, byline, published, dateline,
                language, text, paragraphs, sentences, removed, annotations, duplicates);
    }

    public boolean has(String annotation) {
        return annotations.contains(annotation);
    }

    /**
     * The outlet's name when known, else "unknown outlet (FILE)" with the input's file name: what a
     * reader sees in a citation. Two unknown articles are never one outlet.
     */
    public String label() {
        return outlet != null ? outlet : UNKNOWN_PREFIX + fileName() + ")";
    }

    /** How {@link #label()} begins for an article whose outlet is unknown. */
    public static final String UNKNOWN_PREFIX = "unknown outlet (";

    /** Whether the outlet is known. */
    public boolean outletKnown() {
        return outlet != null;
    }

    /** The input's file name, without its folders. */
    public String fileName() {
        int slash = Math.max(input.lastIndexOf('/'), input.lastIndexOf('\\'));
        return slash >= 0 ? input.substring(slash + 1) : input;
    }

    public String sentenceText(Sentence s) {
        return text.substring(s.start(), s.end());
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a changed copy of an article. */
    public static final class Builder {
        private final String id;
        private final String input;
        private final RawDocument raw;
        private String url;
        private String outlet;
        private String title;
        private String byline;
        private LocalDate published;
        private String dateline;
        private String language;
        private String text;
        private List<Paragraph> paragraphs;
        private List<Sentence> sentences;
        private List<String> removed;
        private final Set<String> annotations;
        private List<Duplicate> duplicates;

        private Builder(Article a) {
            id = a.id;
            input = a.input;
            raw = a.raw;
            url = a.url;
            outlet = a.outlet;
            title = a.title;
            byline = a.byline;
            published = a.published;
            dateline = a.dateline;
            language = a.language;
            text = a.text;
            paragraphs = a.paragraphs;
            sentences = a.sentences;
            removed = a.removed;
            annotations = new LinkedHashSet<>(a.annotations);
            duplicates = a.duplicates;
        }

        public Builder url(String v) { url = v; return this; }
        public Builder outlet(String v) { outlet = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder byline(String v) { byline = v; return this; }
        public Builder published(LocalDate v) { published = v; return this; }
        public Builder dateline(String v) { dateline = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder text(String v) { text = v; return this; }
        public Builder paragraphs(List<Paragraph> v) { paragraphs = v; return this; }
        public Builder sentences(List<Sentence> v) { sentences = v; return this; }
        public Builder removed(List<String> v) { removed = new ArrayList<>(v); return this; }
        public Builder duplicates(List<Duplicate> v) { duplicates = v; return this; }
        public Builder annotate(String... v) { Collections.addAll(annotations, v); return this; }

        public Article build() {
            return new Article(id, input, raw, url, outlet, title, byline, published, dateline, language, text,
                    paragraphs, sentences, removed, annotations, duplicates);
        }
    }
}
