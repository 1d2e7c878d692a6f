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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ranks reference items by a blend of two graph similarities: the cosine of the skip-gram vectors (TDmatch's
 * score, clipped at 0) and the cosine of the items' one-step graph profiles (see
 * {@link dev.concord.embeddings.graph.TokenProfiles}), weighted {@code blend} and {@code 1 - blend}. The
 * vectors are compared exhaustively (a few thousand to tens of thousands of dot products per query).
 */
final class EmbeddingRanker implements FittedScorer {
  private final GraphEmbedding model;
  private final double blend;
  private final int dims;
  private final List<String> ids = new ArrayList<>();
  private final List<Map<String, Float>> profiles = new ArrayList<>();
  private final ProfileIndex index = new ProfileIndex();
  private float[] matrix;
  private final ThreadLocal<float[]> scratch = ThreadLocal.withInitial(() -> new float[0]);

  EmbeddingRanker(GraphEmbedding model, Corpus reference, double blend) {
    this.model = model;
    this.blend = blend;
    this.dims = model.dimensions();
    this.matrix = new float[Math.max(1, reference.size()) * dims];
    for (Item item : reference) add(item);
  }

  private void add(Item item) {
    int row = ids.size();
    if ((row + 1) * dims > matrix.length) matrix = Arrays.copyOf(matrix, Math.max((row + 1) * dims, matrix.length * 2));
    float[] u = unit(model.embed(item).orElseGet(() -> new float[dims]));
    System.arraycopy(u, 0, matrix, row * dims, dims);
    Map<String, Float> p = model.profile(item);
    index.add(row, p);
    profiles.add(p);
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
    Map<String, Float> profile = model.profile(query);
    int n = ids.size();
    if ((v.isEmpty() && profile.isEmpty()) || n == 0) return new Ranking(query.id(), List.of());
    float[] q = unit(v.orElseGet(() -> new float[dims]));
    float[] acc = scratch.get();
    if (acc.length < n) acc = new float[n];
    Arrays.fill(acc, 0, n, 0f);
    scratch.set(acc);
    index.accumulate(profile, acc);
    float[] m = matrix;
    TopK top = new TopK(k);
    for (int r = 0; r < n; r++) {
      float s = 0f;
      int base = r * dims;
      for (int d = 0; d < dims; d++) s += q[d] * m[base + d];
      top.offer(r, blend * Math.max(0f, s) + (1 - blend) * acc[r]);
    }
    int[] best = top.indicesDescending();
    double[] scores = top.scoresDescending();
    List<Candidate> out = new ArrayList<>(best.length);
    for (int i = 0; i < best.length; i++) {
      int r = best[i];
      double cosine = 0;
      for (int d = 0; d < dims; d++) cosine += q[d] * m[r * dims + d];
      Map<String, Double> features = new LinkedHashMap<>();
      features.put("vectorCosine", cosine);
      features.put("pathCosine", (double) acc[r]);
      Map<String, Double> contributions = new LinkedHashMap<>();
      contributions.put("vectorCosine", blend * Math.max(0, cosine));
      contributions.put("pathCosine", (1 - blend) * acc[r]);
      List<String> shared = profile.keySet().stream().filter(profiles.get(r)::containsKey).limit(10).toList();
      out.add(new Candidate(ids.get(r), Math.max(0.0, Math.min(1.0, scores[i])), new Explanation(features, contributions, shared)));
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
