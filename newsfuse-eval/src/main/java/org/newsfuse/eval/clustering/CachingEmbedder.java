package org.newsfuse.eval.clustering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsfuse.cluster.Embedder;

/** Remembers the vectors of texts already embedded, so that runs over the same corpus embed it once. */
final class CachingEmbedder implements Embedder {
    private final Embedder inner;
    private final Map<String, float[]> cache = new HashMap<>();

    CachingEmbedder(Embedder inner) {
        this.inner = inner;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<String> missing = new ArrayList<>();
        for (String t : texts) {
            if (!cache.containsKey(t)) {
                missing.add(t);
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> v = inner.embed(missing);
            for (int i = 0; i < missing.size(); i++) {
                cache.put(missing.get(i), v.get(i));
            }
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(cache.get(t));
        }
        return out;
    }

    @Override
    public String name() {
        return inner.name();
    }
}
