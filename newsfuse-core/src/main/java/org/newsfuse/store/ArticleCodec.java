package org.newsfuse.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsfuse.model.Article;
import org.newsfuse.model.Paragraph;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Token;

/**
 * What the article stages added beyond the clean text, in a compact JSON a store keeps beside it:
 * {@code {"annotations": [...], "paragraphs": [[start, end], ...], "sentences": [[paragraph, start,
 * end, [[tokenStart, tokenEnd, pos, stem?, text?], ...]], ...]}}. A token's text is left out when it
 * is the clean text at its offsets, its stem when it is the lower-cased text.
 */
public final class ArticleCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleCodec() {
    }

    public static String encode(Article a) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode ann = root.putArray("annotations");
        a.annotations().forEach(ann::add);
        ArrayNode ps = root.putArray("paragraphs");
        for (Paragraph p : a.paragraphs()) {
            ps.addArray().add(p.start()).add(p.end());
        }
        ArrayNode ss = root.putArray("sentences");
        String text = a.text() == null ? "" : a.text();
        for (Sentence s : a.sentences()) {
            ArrayNode sn = ss.addArray().add(s.paragraph()).add(s.start()).add(s.end());
            ArrayNode ts = sn.addArray();
            for (Token t : s.tokens()) {
                ArrayNode tn = ts.addArray().add(t.start()).add(t.end()).add(t.pos());
                boolean sameText = t.end() <= text.length() && t.start() <= t.end()
                        && text.substring(t.start(), t.end()).equals(t.text());
                String lower = t.text().toLowerCase(Locale.ROOT);
                if (!lower.equals(t.stem()) || !sameText) {
                    tn.add(t.stem());
                }
                if (!sameText) {
                    tn.add(t.text());
                }
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode article " + a.id(), e);
        }
    }

    /** The article with the encoded annotations restored onto it (its clean text must be set). */
    public static Article decode(Article a, String encoded) {
        JsonNode root;
        try {
            root = JSON.readTree(encoded);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored annotations of " + a.id() + " are not JSON", e);
        }
        String text = a.text() == null ? "" : a.text();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (JsonNode p : root.path("paragraphs")) {
            paragraphs.add(new Paragraph(paragraphs.size(), p.get(0).asInt(), p.get(1).asInt()));
        }
        List<Sentence> sentences = new ArrayList<>();
        for (JsonNode s : root.path("sentences")) {
            List<Token> tokens = new ArrayList<>();
            for (JsonNode t : s.get(3)) {
                int start = t.get(0).asInt();
                int end = t.get(1).asInt();
                String pos = t.get(2).isNull() ? null : t.get(2).asText();
                String tokenText = t.size() > 4 ? t.get(4).asText() : text.substring(start, end);
                String stem = t.size() > 3 ? (t.get(3).isNull() ? null : t.get(3).asText())
                        : tokenText.toLowerCase(Locale.ROOT);
                tokens.add(new Token(start, end, tokenText, pos, stem));
            }
            sentences.add(new Sentence(sentences.size(), s.get(0).asInt(), s.get(1).asInt(), s.get(2).asInt(), tokens));
        }
        Set<String> annotations = new LinkedHashSet<>();
        root.path("annotations").forEach(n -> annotations.add(n.asText()));
        return new Article(a.id(), a.input(), a.raw(), a.url(), a.outlet(), a.title(), a.byline(), a.published(),
                a.dateline(), a.language(), a.text(), paragraphs, sentences, a.removed(), annotations, a.duplicates());
    }
}
