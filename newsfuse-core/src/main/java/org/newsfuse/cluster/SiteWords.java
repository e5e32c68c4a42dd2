package org.newsfuse.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A site's navigation words: terms found in more than a given share of one source's documents
 * (when the input holds at least {@link StoryClusterer#SITE_MIN_DOCS} of them) say where a page
 * comes from, not what it reports; they are left out of that source's documents, so that pages of
 * one site with nothing else in common do not make a story.
 */
final class SiteWords {
    private SiteWords() {
    }

    /** Removes, in place, each source's navigation terms as a whole corpus found them ({@code bySite}: source → terms). */
    static void drop(List<ClusterDocument> docs, Terms terms, Map<String, Set<String>> bySite) {
        Map<String, Set<Integer>> ids = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            String s = docs.get(i).source();
            Set<String> site = s == null ? null : bySite.get(s);
            if (site == null || site.isEmpty()) {
                continue;
            }
            Set<Integer> drop = ids.computeIfAbsent(s, k -> {
                Set<Integer> out = new HashSet<>();
                for (String t : site) {
                    int id = terms.id(t);
                    if (id >= 0) {
                        out.add(id);
                    }
                }
                return out;
            });
            terms.filter(i, t -> !drop.contains(t));
        }
    }

    /** Removes, in place, each source's common terms from its documents' weights. */
    static void drop(List<ClusterDocument> docs, Terms terms, double share) {
        if (share >= 1) {
            return;
        }
        Map<String, List<Integer>> bySource = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            String s = docs.get(i).source();
            if (s != null && !s.isBlank()) {
                bySource.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> members : bySource.values()) {
            if (members.size() < StoryClusterer.SITE_MIN_DOCS) {
                continue;
            }
            Map<Integer, Integer> df = new HashMap<>();
            for (int i : members) {
                for (int t : terms.ids[i]) {
                    df.merge(t, 1, Integer::sum);
                }
            }
            double limit = share * members.size();
            for (int i : members) {
                terms.filter(i, t -> df.get(t) <= limit);
            }
        }
    }
}
