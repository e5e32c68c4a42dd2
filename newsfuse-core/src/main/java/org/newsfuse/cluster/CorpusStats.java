package org.newsfuse.cluster;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Term statistics of a whole corpus, so that a part of it (a block of a distributed job) is
 * weighed as the whole would weigh it: IDF from the corpus's document frequencies, each site's
 * navigation words as found over all of that site's documents. Clustering a part with its own
 * statistics goes wrong in a way that matters: in a block of articles that all share one term that
 * term weighs nothing, and the words that tell two events apart occur once in the block and are
 * dropped, so the events' common vocabulary decides.
 *
 * @param documents the corpus's document count
 * @param words     document frequency of each word term (terms in fewer than two documents may be left out)
 * @param names     document frequency of each name term (likewise)
 * @param siteWords each source's navigation words (see {@link StoryClusterer.Options#siteShare})
 * @param siteNames each source's navigation name terms
 */
public record CorpusStats(long documents, Map<String, Integer> words, Map<String, Integer> names,
        Map<String, Set<String>> siteWords, Map<String, Set<String>> siteNames) implements Serializable {

    /** The features clustering reads from a document under these options (for counting them elsewhere). */
    public static FeatureExtractor.Features features(ClusterDocument d, StoryClusterer.Options o) {
        return new FeatureExtractor(o.nameBoost(), o.leadBoost(), o.leadWords()).features(d);
    }

    /**
     * A source's navigation terms: those in more than {@code share} of its documents, when it has at
     * least {@link StoryClusterer#SITE_MIN_DOCS} of them (none otherwise, or when share is 1 or more).
     *
     * @param termDocs for each term, how many of the source's documents hold it
     */
    public static Set<String> siteTerms(Map<String, Integer> termDocs, long sourceDocs, double share) {
        Set<String> out = new HashSet<>();
        termDocs.forEach((t, c) -> {
            if (isSiteTerm(c, sourceDocs, share)) {
                out.add(t);
            }
        });
        return out;
    }

    /** Whether a term in {@code termDocs} of a source's {@code sourceDocs} documents is its navigation. */
    public static boolean isSiteTerm(long termDocs, long sourceDocs, double share) {
        return share < 1 && sourceDocs >= StoryClusterer.SITE_MIN_DOCS && termDocs > share * sourceDocs;
    }

    /** The statistics of documents held in memory, counted as {@link StoryClusterer#cluster} counts them. */
    public static CorpusStats of(List<ClusterDocument> docs, StoryClusterer.Options o) {
        List<FeatureExtractor.Features> fs = docs.stream().map(d -> features(d, o)).toList();
        Map<String, Map<String, Integer>> wordsBySite = new HashMap<>();
        Map<String, Map<String, Integer>> namesBySite = new HashMap<>();
        Map<String, Integer> docsBySite = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            String s = docs.get(i).source();
            if (s == null || s.isBlank()) {
                continue;
            }
            docsBySite.merge(s, 1, Integer::sum);
            fs.get(i).words().keySet().forEach(t -> wordsBySite.computeIfAbsent(s, k -> new HashMap<>()).merge(t, 1, Integer::sum));
            fs.get(i).names().keySet().forEach(t -> namesBySite.computeIfAbsent(s, k -> new HashMap<>()).merge(t, 1, Integer::sum));
        }
        Map<String, Set<String>> siteWords = new HashMap<>();
        Map<String, Set<String>> siteNames = new HashMap<>();
        docsBySite.forEach((s, n) -> {
            siteWords.put(s, siteTerms(wordsBySite.getOrDefault(s, Map.of()), n, o.siteShare()));
            siteNames.put(s, siteTerms(namesBySite.getOrDefault(s, Map.of()), n, o.siteShare()));
        });
        Map<String, Integer> words = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            String s = docs.get(i).source();
            Set<String> sw = s == null ? Set.of() : siteWords.getOrDefault(s, Set.of());
            Set<String> sn = s == null ? Set.of() : siteNames.getOrDefault(s, Set.of());
            fs.get(i).words().keySet().forEach(t -> {
                if (!sw.contains(t)) {
                    words.merge(t, 1, Integer::sum);
                }
            });
            fs.get(i).names().keySet().forEach(t -> {
                if (!sn.contains(t)) {
                    names.merge(t, 1, Integer::sum);
                }
            });
        }
        return new CorpusStats(docs.size(), words, names, siteWords, siteNames);
    }
}
