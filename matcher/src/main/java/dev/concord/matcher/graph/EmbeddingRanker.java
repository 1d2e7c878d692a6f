package dev.concord.matcher.graph;

import dev.concord.core.Candidate;
import dev.concord.core.Corpus;
import dev.concord.core.Explanation;
import dev.concord.core.Item;
import dev.concord.core.Ranking;
import dev.concord.embeddings.graph.GraphEmbedding;
import dev.concord.embeddings.graph.TokenAlignment;
import dev.concord.embeddings.word2vec.VectorTable;
import dev.concord.matcher.FittedScorer;
import dev.concord.matcher.TopK;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ranks reference items in two stages. First by a blend of two graph similarities: the cosine of the skip-gram
 * vectors (TDmatch's score, clipped at 0) and the cosine of the items' one-step graph profiles (see
 * {@link dev.concord.embeddings.graph.TokenProfiles}), weighted {@code blend} and {@code 1 - blend}, compared
 * exhaustively (a few thousand to tens of thousands of dot products per query). Then the best {@code depth} of
 * that ranking are re-scored with the soft token alignment ({@link TokenAlignment}) as {@link Rerank} says, the
 * query's tokens weighted by their idf among the references ({@link ReferenceIdf}).
 */
final class EmbeddingRanker implements FittedScorer {
  private final GraphEmbedding model;
  private final TokenAlignment alignment;
  private final double blend;
  private final Rerank rerank;
  private final int depth;
  private final List<TokenAlignment.Bag> bags = new ArrayList<>();
  private final ReferenceIdf referenceIdf;
  private final int dims;
  private final List<String> ids = new ArrayList<>();
  private final ProfileIndex index = new ProfileIndex();
  private float[] matrix;
  private final ThreadLocal<float[]> scratch = ThreadLocal.withInitial(() -> new float[0]);

  EmbeddingRanker(GraphEmbedding model, Corpus reference, double blend, Rerank rerank, int depth) {
    this.model = model;
    this.alignment = new TokenAlignment(model);
    this.referenceIdf = new ReferenceIdf(alignment.vocabularySize(), alignment::inflectionClass);
    this.blend = blend;
    this.rerank = rerank;
    this.depth = depth;
    this.dims = model.dimensions();
    this.matrix = new float[Math.max(1, reference.size()) * dims];
    for (Item item : reference) add(item);
  }

  private void add(Item item) {
    int row = ids.size();
    if ((row + 1) * dims > matrix.length) matrix = Arrays.copyOf(matrix, Math.max((row + 1) * dims, matrix.length * 2));
    float[] u = VectorTable.unit(model.embed(item).orElseGet(() -> new float[dims]));
    System.arraycopy(u, 0, matrix, row * dims, dims);
    Map<String, Float> p = model.profile(item);
    index.add(row, p);
    TokenAlignment.Bag bag = alignment.bag(item);
    bags.add(bag);
    referenceIdf.add(bag);
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
    float[] q = VectorTable.unit(v.orElseGet(() -> new float[dims]));
    float[] acc = scratch.get();
    if (acc.length < n) acc = new float[n];
    Arrays.fill(acc, 0, n, 0f);
    scratch.set(acc);
    index.accumulate(profile, acc);
    float[] m = matrix;
    TopK top = new TopK(rerank == Rerank.NONE ? k : Math.max(k, depth));
    for (int r = 0; r < n; r++) top.offer(r, blend * Math.max(0f, dot(q, m, r)) + (1 - blend) * acc[r]);
    int[] pool = top.indicesDescending();
    double[] first = top.scoresDescending();
    TokenAlignment.Query aligned = alignment.query(referenceIdf.weigh(alignment.bag(query)));
    double[] align = new double[pool.length];
    TopK second = new TopK(Math.min(k, pool.length));
    for (int i = 0; i < pool.length; i++) {
      align[i] = rerank == Rerank.NONE ? 0 : aligned.recall(bags.get(pool[i]));
      second.offer(i, rerank.combine(first[i], align[i]));
    }
    int[] order = second.indicesDescending();
    double[] scores = second.scoresDescending();
    List<Candidate> out = new ArrayList<>(order.length);
    for (int j = 0; j < order.length; j++) {
      int i = order[j];
      int r = pool[i];
      Map<String, Double> features = new LinkedHashMap<>();
      features.put("vectorCosine", (double) dot(q, m, r));
      features.put("pathCosine", (double) acc[r]);
      features.put("tokenAlignment", align[i]);
      Map<String, Double> contributions = rerank.contributions(blend * Math.max(0, features.get("vectorCosine")),
          (1 - blend) * acc[r], align[i]);
      // the query tokens the reference holds (as they are or inflected), the heaviest (idf) first: what the
      // alignment rewards most
      List<String> shared = aligned.matches(bags.get(r)).stream()
          .filter(TokenAlignment.Match::held).map(TokenAlignment.Match::queryToken).limit(10).toList();
      out.add(new Candidate(ids.get(r), Math.max(0.0, Math.min(1.0, scores[j])), new Explanation(features, contributions, shared)));
    }
    return new Ranking(query.id(), out);
  }

  private float dot(float[] q, float[] m, int r) {
    float s = 0f;
    int base = r * dims;
    for (int d = 0; d < dims; d++) s += q[d] * m[base + d];
    return s;
  }
}
