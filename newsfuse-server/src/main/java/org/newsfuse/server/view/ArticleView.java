package org.newsfuse.server.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.newsfuse.store.StoredArticle;
import org.newsfuse.store.StoredStory;

/**
 * The article page: clean text split into its paragraphs and sentences (each sentence an anchor
 * {@code #sN}; the one a citation points at, {@code ?s=N}, marked), metadata, copies, story.
 */
public record ArticleView(StoredArticle article, String url, String dateline, String storyId, String storyHeadline,
        List<List<Segment>> paragraphs, int highlighted, String highlightedText, List<CopyItem> copies) {

    /** A run of text: sentence {@code n} of the article, or text between sentences ({@code n} = -1). */
    public record Segment(String text, int n, boolean highlighted) {
    }

    public record CopyItem(String id, String input, String outlet, String url, String published, String reason,
            String similarity) {
    }

    public static ArticleView of(StoredArticle a, StoredStory story, int highlight) {
        StoryData d = StoryData.of(story == null ? null : story.json());
        JsonNode entry = d.article(a.id());
        String text = a.text() == null ? "" : a.text();
        List<int[]> spans = new ArrayList<>();
        for (JsonNode s : entry.path("sentences")) {
            int from = s.path(0).asInt();
            int to = s.path(1).asInt();
            if (from >= 0 && to <= text.length() && from < to && (spans.isEmpty() || from >= spans.get(spans.size() - 1)[1])) {
                spans.add(new int[] {from, to});
            }
        }
        int hl = highlight >= 0 && highlight < spans.size() ? highlight : -1;
        List<List<Segment>> paragraphs = new ArrayList<>();
        List<Segment> current = new ArrayList<>();
        int pos = 0;
        for (int i = 0; i <= spans.size(); i++) {
            int from = i < spans.size() ? spans.get(i)[0] : text.length();
            current = gap(text.substring(pos, from), current, paragraphs);
            if (i < spans.size()) {
                current.add(new Segment(text.substring(from, spans.get(i)[1]), i, i == hl));
                pos = spans.get(i)[1];
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        List<CopyItem> copies = new ArrayList<>();
        for (StoredArticle.Copy c : a.copies()) {
            copies.add(new CopyItem(c.id(), c.input(), c.outlet(), V.safeUrl(c.url()),
                    c.published() == null ? null : c.published().toString(), c.reason(),
                    String.format(java.util.Locale.ROOT, "%.2f", c.similarity())));
        }
        return new ArticleView(a, V.safeUrl(a.url()), V.text(entry, "dateline"), story == null ? a.story() : story.id(),
                story == null ? null : story.listing().headline(), paragraphs, hl,
                hl < 0 ? null : text.substring(spans.get(hl)[0], spans.get(hl)[1]), copies);
    }

    /** Text between sentences: a blank line in it ends the paragraph. */
    private static List<Segment> gap(String between, List<Segment> current, List<List<Segment>> paragraphs) {
        String[] parts = between.split("\\n\\s*\\n", -1);
        for (int k = 0; k < parts.length; k++) {
            if (k > 0 && !current.isEmpty()) {
                paragraphs.add(current);
                current = new ArrayList<>();
            }
            if (!parts[k].isEmpty()) {
                current.add(new Segment(parts[k], -1, false));
            }
        }
        return current;
    }
}
