package org.newsfuse.eval.clustering;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import org.newsfuse.cluster.Embedder;

/**
 * all-MiniLM-L6-v2 (quantised) sentence embeddings, run in-process with ONNX Runtime through
 * langchain4j; the model ships inside its Maven artifact, nothing is downloaded at run time. A
 * document is embedded by its first {@value #WORDS} words (title and lead: where the event is named),
 * which keeps the cost to one model window per document.
 */
public final class MiniLmEmbedder implements Embedder {
    static final int WORDS = 200;
    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    @Override
    public List<float[]> embed(List<String> texts) {
        List<TextSegment> segs = new ArrayList<>(texts.size());
        for (String t : texts) {
            String[] w = t.strip().split("\\s+");
            String lead = String.join(" ", java.util.Arrays.copyOf(w, Math.min(w.length, WORDS)));
            segs.add(TextSegment.from(lead.isEmpty() ? "." : lead));
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (Embedding e : model.embedAll(segs).content()) {
            float[] v = e.vector();
            double n = 0;
            for (float x : v) {
                n += x * x;
            }
            n = Math.sqrt(n);
            for (int i = 0; i < v.length; i++) {
                v[i] /= (float) Math.max(n, 1e-12);
            }
            out.add(v);
        }
        return out;
    }

    @Override
    public String name() {
        return "all-MiniLM-L6-v2-q";
    }
}
