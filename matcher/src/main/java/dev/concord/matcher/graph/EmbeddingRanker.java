package dev.concord.matcher.graph;

import dev.concord.core.Candidate;
import dev.concord.core.Corpus;
import dev.concord.core.Explanation;
import dev.concord.core.Item;
import dev.concord.core.Ranking;
import dev.concord.embeddings.graph.GraphEmbedding;
import dev.concord.matcher.FittedScorer;
import dev.concord.matcher.TopK;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ranks reference items by cosine between unit vectors, exhaustively (a few thousand to tens of thousands of
 * dot products per query). The score is the cosine clipped to [0,1]. Items without a vector are never ranked.
 */
final class EmbeddingRanker implements FittedScorer {
  private final GraphEmbedding model;
  private final List<String> ids = new ArrayList<>();
  private float[] matrix;
  private final int dims;

  EmbeddingRanker(GraphEmbedding model, Corpus reference) {
    this.model = model;
    this.dims = model.dimensions();
    this.matrix = new float[Math.max(1, reference.size()) * dims];
    for (Item item : reference) add(item);
  }

  private void add(Item item) {
    Optional<float[]> v = model.embed(item);
    if (v.isEmpty()) return;
    float[] u = unit(v.get());
    int row = ids.size();
    if ((row + 1) * dims > matrix.length) matrix = java.util.Arrays.copyOf(matrix, Math.max((row + 1) * dims, matrix.length * 2));
    System.arraycopy(u, 0, matrix, row * dims, dims);
    ids.add(item.id());
  }

  @Override
  public synchronized void addReference(Item item) {
    add(item);
  }

  @Override
  public String method() { return GraphScorer.NAME + "/" + model.modelVersion(); }

  @Override
  public Ranking rank(Item query, int k) {
    Optional<float[]> v = model.embed(query);
    if (v.isEmpty() || ids.isEmpty()) return new Ranking(query.id(), List.of());
    float[] q = unit(v.get());
    TopK top = new TopK(k);
    int n = ids.size();
    float[] m = matrix;
    for (int r = 0; r < n; r++) {
      float s = 0f;
      int base = r * dims;
      for (int d = 0; d < dims; d++) s += q[d] * m[base + d];
      top.offer(r, s);
    }
    int[] best = top.indicesDescending();
    double[] scores = top.scoresDescending();
    List<Candidate> out = new ArrayList<>(best.length);
    for (int i = 0; i < best.length; i++) {
      double s = Math.max(0.0, Math.min(1.0, scores[i]));
      out.add(new Candidate(ids.get(best[i]), s, new Explanation(Map.of("cosine", scores[i]), Map.of("cosine", s), List.of())));
    }
    return new Ranking(query.id(), out);
  }

  private static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) norm += (double) x * x;
    float[] out = new float[v.length];
    if (norm == 0) return out;
    float inv = (float) (1 / Math.sqrt(norm));
    for (int d = 0; d < v.length; d++) out[d] = v[d] * inv;
    return out;
  }
}
