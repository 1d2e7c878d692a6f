package dev.concord.embeddings.graph;

import dev.concord.core.Item;
import dev.concord.embeddings.word2vec.VectorTable;
import dev.concord.graph.Node;
import dev.concord.graph.build.ItemTokenizer;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Embeds an item that was not in the graph (a new stream record, a REST query) without retraining: the
 * idf-weighted mean of the vectors of its tokens that have one. Empty when none of its tokens does.
 */
public final class InductiveEmbedder {
  private InductiveEmbedder() {}

  public static Optional<float[]> embed(GraphEmbedding model, Item item) {
    float[] sum = new float[model.dimensions()];
    double weights = 0;
    Set<String> seen = new HashSet<>();
    for (ItemTokenizer.AttributedToken t : model.tokenizer().tokens(item)) {
      if (!seen.add(t.token())) continue;
      Float idf = model.tokenIdf().get(t.token());
      if (idf == null) continue;
      Optional<float[]> v = model.vectorOf(Node.token(t.token()));
      if (v.isEmpty()) continue;
      float[] x = VectorTable.unit(v.get());
      for (int k = 0; k < sum.length; k++) sum[k] += idf * x[k];
      weights += idf;
    }
    if (weights == 0) return Optional.empty();
    for (int k = 0; k < sum.length; k++) sum[k] /= (float) weights;
    return Optional.of(sum);
  }
}
