package org.newsfuse.eval.extraction;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.util.ArrayList;
import java.util.List;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Element;
import org.newsfuse.clean.html.HtmlMainTextExtractor;

/** The extractors run live in the JVM: newsfuse's own, readability4j 1.0.8 and boilerpipe 1.2.2. */
public final class LivePeers {
    private LivePeers() {
    }

    /** newsfuse's {@link HtmlMainTextExtractor}. */
    public static Extractor newsfuse() {
        HtmlMainTextExtractor x = new HtmlMainTextExtractor();
        return new Extractor() {
            @Override
            public String name() {
                return "newsfuse";
            }

            @Override
            public List<String> extract(String html, String url) {
                return x.extract(html, url).paragraphs();
            }
        };
    }

    /** readability4j (a Kotlin port of Mozilla's Readability.js); its article HTML cut into paragraphs. */
    public static Extractor readability4j() {
        return new Extractor() {
            @Override
            public String name() {
                return "readability4j 1.0.8";
            }

            @Override
            public List<String> extract(String html, String url) {
                Article a = new Readability4J(url == null ? "http://example.invalid/" : url, html).parse();
                Element content = a.getArticleContent();
                return content == null ? List.of() : Paragraphs.of(content);
            }
        };
    }

    /** boilerpipe's ArticleExtractor; one paragraph per line of its output. */
    public static Extractor boilerpipe() {
        return new Extractor() {
            @Override
            public String name() {
                return "boilerpipe 1.2.2";
            }

            @Override
            public List<String> extract(String html, String url) {
                try {
                    String text = ArticleExtractor.INSTANCE.getText(html);
                    List<String> out = new ArrayList<>();
                    for (String line : text.split("\n")) {
                        if (!line.isBlank()) {
                            out.add(line.strip());
                        }
                    }
                    return out;
                } catch (BoilerpipeProcessingException | RuntimeException e) {
                    return List.of();
                }
            }
        };
    }
}
