package org.newsfuse.spark;

import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.newsfuse.cluster.ArticleClusterer;
import org.newsfuse.dedup.DocumentDedup;
import org.newsfuse.dedup.MinHash;
import org.newsfuse.dedup.Shingles;
import org.newsfuse.engine.Engine;
import org.newsfuse.model.Article;
import org.newsfuse.model.RawDocument;
import org.newsfuse.pipeline.DocumentError;
import org.newsfuse.pipeline.Pipeline;

/**
 * What an executor JVM builds once and shares between its tasks (lazy singletons): the engine's
 * pipeline (its OpenNLP models load on first use, once per JVM), the copy merger and clusterer,
 * the MinHash family.
 */
final class Workers {
    private Workers() {
    }

    private static JobOptions built;
    private static Pipeline pipeline;
    private static ArticleClusterer clusterer;
    private static final MinHash MIN_HASH = new MinHash(DocumentDedup.HASHES);

    private static synchronized void build(JobOptions o) {
        if (!o.equals(built)) {
            pipeline = o.pipeline();
            clusterer = Engine.articleClusterer(o.engineOptions().clustering());
            built = o;
        }
    }

    static synchronized Pipeline pipeline(JobOptions o) {
        build(o);
        return pipeline;
    }

    static synchronized ArticleClusterer clusterer(JobOptions o) {
        build(o);
        return clusterer;
    }

    /**
     * The article stages over a partition's documents, one at a time as they stream in. The
     * article's id is a placeholder until the input order is known ({@link #withId}); its raw
     * content is dropped once cleaned (no later stage reads it), so shuffles carry the clean text only.
     * What the clusterer reads of the article is taken here too, while the article is at hand.
     */
    static Iterator<Item> process(Iterator<DocumentSource.Keyed> docs, JobOptions o, Consumer<DocumentError> errors) {
        Pipeline p = pipeline(o);
        boolean dedup = !o.dedup().equals("off");
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return docs.hasNext();
            }

            @Override
            public Item next() {
                DocumentSource.Keyed k = docs.next();
                Article a = p.processArticle(Article.of("k" + k.key(), k.doc()), errors);
                if (a == null) {
                    return new Item(k.key(), null, -1, null, null);
                }
                RawDocument r = a.raw();
                if (r != null) {
                    a = new Article(a.id(), a.input(), new RawDocument(r.input(), r.format(), "", r.given()), a.url(),
                            a.outlet(), a.title(), a.byline(), a.published(), a.dateline(), a.language(), a.text(),
                            a.paragraphs(), a.sentences(), a.removed(), a.annotations(), a.duplicates());
                }
                List<String> w = Shingles.words(a.text() == null ? "" : a.text());
                long[] sig = null;
                if (dedup && w.size() >= DocumentDedup.MIN_WORDS) {
                    sig = MIN_HASH.signature(Shingles.hashes(w, DocumentDedup.K));
                }
                return new Item(k.key(), Bytes.of(a), w.size(), sig, Doc.of(clusterer(o).document(a)));
            }
        };
    }

    /** The article under its run id ({@code a1}, {@code a2}, ... in input order). */
    /** This thread's CPU time in nanoseconds (0 where the JVM does not measure it). */
    static long threadCpu() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : 0;
    }

    static Article withId(Article a, String id) {
        return new Article(id, a.input(), a.raw(), a.url(), a.outlet(), a.title(), a.byline(), a.published(),
                a.dateline(), a.language(), a.text(), a.paragraphs(), a.sentences(), a.removed(), a.annotations(),
                a.duplicates());
    }
}
