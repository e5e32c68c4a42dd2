package org.newsfuse.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The second pass of batch clustering: a fragment (a story of at most {@link #MAX_FRAGMENT}
 * documents left over by average link) joins the developed story it is nearest to, when near
 * enough. Average link asks a document to resemble every member of a story on average: a short
 * item (a 30-word brief, a headline) or a late article about one aspect of a long event resembles
 * each member a little, and the story as a whole — its centroid — much more. Two developed stories
 * are never merged here (two similar events each reported by several articles stay two stories: only
 * average link joins them). Compared against the stories as average link left them, so the result
 * does not depend on the order fragments are looked at.
 */
final class Fragments {
    private Fragments() {
    }

    /** A story of at most this many documents is a fragment (it joins only a bigger story). */
    static final int MAX_FRAGMENT = 3;
    /**
     * The largest share of the word centroids' cosine one shared term may carry. Two events in one
     * town share the town's name, heavy in both, and little else (a stream holds many such pairs);
     * a late article or a brief about a story shares several of its words. (Issue 11, third round:
     * it replaces a names cosine of at least 0.3, which kept the stream's small events apart but
     * also left out a story's own articles whose names are few or unshared.)
     */
    static final double ONE_TERM = 0.5;

    /**
     * @param event     each document's story (as average link found them); not changed
     * @param sp        the documents' features
     * @param sc        the clusterer (its similarity gives the time evidence)
     * @param neighbour candidate documents of a document (the retrieval index's answer)
     * @param threshold centroid similarity a fragment needs to join its nearest story
     * @return each document's story after fragments joined
     */
    static int[] attach(int[] event, StoryClusterer.Space sp, StoryClusterer sc,
            java.util.function.IntFunction<int[]> neighbour, double threshold) {
        int n = event.length;
        int k = 0;
        for (int e : event) {
            k = Math.max(k, e + 1);
        }
        List<List<Integer>> members = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            members.get(event[i]).add(i);
        }
        double nw = sc.options().nameWeight();
        int maxTerms = sc.options().maxTerms();
        Map<Integer, SparseVector[]> centroids = new HashMap<>();
        int[] out = event.clone();
        for (int f = 0; f < k; f++) {
            List<Integer> frag = members.get(f);
            if (frag.isEmpty() || frag.size() > MAX_FRAGMENT) {
                continue;
            }
            java.util.TreeSet<Integer> targets = new java.util.TreeSet<>();
            for (int i : frag) {
                for (int j : neighbour.apply(i)) {
                    if (members.get(event[j]).size() > MAX_FRAGMENT) {
                        targets.add(event[j]);
                    }
                }
            }
            if (targets.isEmpty()) {
                continue;
            }
            SparseVector[] fc = centroid(frag, sp, maxTerms);
            double best = threshold;
            int bestStory = -1;
            for (int t : targets) {
                SparseVector[] tc = centroids.computeIfAbsent(t, x -> centroid(members.get(x), sp, maxTerms));
                double s = fc[0].dot(tc[0], StoryClusterer.MIN_SHARED);
                if (s <= 0 || fc[0].topShare(tc[0]) > ONE_TERM) {
                    continue; // what they share comes down to one term (a town's name): not the story's event
                }
                double names = fc[1] == null ? 0 : fc[1].dot(tc[1], 1);
                boolean named = fc[1] != null && named(frag, sp) && tc[1].size() > 0;
                if (named && names <= 0) {
                    continue; // both name people or places, and not one in common: another event
                }
                if (fc[1] != null && nw > 0) {
                    s = (1 - nw) * s + nw * names;
                }
                if (s < best) {
                    continue;
                }
                s *= time(frag, members.get(t), sp, sc, named ? names : 1);
                if (s >= best && (bestStory < 0 || s > best)) {
                    best = s;
                    bestStory = t;
                }
            }
            if (bestStory >= 0) {
                for (int i : frag) {
                    out[i] = bestStory;
                }
            }
        }
        return out;
    }

    /**
     * Time evidence between a fragment and a story, the story taken as a whole: for a dated
     * fragment document, the date factor to the story's nearest dated member; when the story has no
     * dated member, the years its members name must come near the document's year (when they name
     * none, the two must share names). For an undated fragment document and a story with dated
     * members, the same rule the other way round. The weakest fragment document decides.
     */
    static double time(List<Integer> frag, List<Integer> story, StoryClusterer.Space sp, StoryClusterer sc,
            double namesCosine) {
        int[] date = sp.date();
        java.util.TreeSet<Integer> storyYears = new java.util.TreeSet<>();
        List<Integer> storyDated = new ArrayList<>();
        for (int j : story) {
            if (date[j] == TermIndex.UNDATED) {
                for (int y : sp.years()[j]) {
                    storyYears.add(y);
                }
            } else {
                storyDated.add(java.time.LocalDate.ofEpochDay(date[j]).getYear());
            }
        }
        double min = 1;
        for (int i : frag) {
            double f;
            if (date[i] != TermIndex.UNDATED) {
                // a dated fragment joins only through the story's dated members: an undated story
                // has nothing that places it in time, and the centroid alone is vocabulary
                f = 0;
                for (int j : story) {
                    if (date[j] != TermIndex.UNDATED) {
                        f = Math.max(f, sc.dateFactor(date[i], date[j]));
                    }
                }
            } else if (!storyDated.isEmpty()) {
                int[] ys = sp.years()[i];
                if (ys.length == 0) {
                    f = agree(namesCosine);
                } else {
                    f = 0;
                    for (int y : ys) {
                        if (near(new java.util.TreeSet<>(storyDated), y, sc)) {
                            f = 1;
                        }
                    }
                }
            } else {
                // neither side dated: a text names years up to its own, so the latest year each names
                // is when it was written at the earliest. A fragment naming a year later than all the
                // story names was written after the story's time (a 2019 page beside 1998 wire
                // stories); one naming only earlier years may be recalling history (a war half a
                // century back in a report on this year's games), which says nothing against it
                int[] ys = sp.years()[i];
                f = ys.length == 0 || storyYears.isEmpty()
                        || ys[ys.length - 1] - storyYears.last() <= sc.options().yearGap() ? 1 : 0;
            }
            min = Math.min(min, f);
        }
        return min;
    }

    /** Whether every document of the fragment names someone or somewhere (its own names may be in no other document). */
    private static boolean named(List<Integer> frag, StoryClusterer.Space sp) {
        for (int i : frag) {
            if (sp.nameCount()[i] == 0) {
                return false;
            }
        }
        return true;
    }

    private static double agree(double namesCosine) {
        return namesCosine >= StoryClusterer.NAME_AGREEMENT ? 1 : 0;
    }

    private static boolean near(java.util.NavigableSet<Integer> years, int y, StoryClusterer sc) {
        Integer lo = years.ceiling(y - sc.options().yearGap());
        return lo != null && lo <= y + sc.options().yearGap();
    }

    /** The normalised sums of the members' word vectors and names vectors (null when names are off). */
    static SparseVector[] centroid(List<Integer> docs, StoryClusterer.Space sp, int maxTerms) {
        Map<Integer, Double> w = new HashMap<>();
        Map<Integer, Double> nm = sp.names() == null ? null : new HashMap<>();
        for (int i : docs) {
            add(w, sp.vec()[i]);
            if (nm != null) {
                add(nm, sp.names()[i]);
            }
        }
        return new SparseVector[] {SparseVector.normalised(w, maxTerms), nm == null ? null : SparseVector.normalised(nm, maxTerms)};
    }

    private static void add(Map<Integer, Double> sum, SparseVector v) {
        for (int p = 0; p < v.ids.length; p++) {
            sum.merge(v.ids[p], (double) v.weights[p], Double::sum);
        }
    }
}
