package dev.concord.matcher.text2token;

import dev.concord.core.Candidate;
import dev.concord.core.Corpus;
import dev.concord.core.Explanation;
import dev.concord.core.Item;
import dev.concord.core.Ranking;
import dev.concord.core.progress.Progress;
import dev.concord.embeddings.text2token.SparseTokens;
import dev.concord.embeddings.text2token.Text2TokenModel;
import dev.concord.matcher.FittedScorer;
import dev.concord.matcher.TopK;
import it.unimi.dsi.fastutil.floats.FloatArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The fitted Text2Token scorer: every reference item's dense vector and sparse top-k token vector (L2
 * normalised), and an inverted index from token to the references whose sparse vector holds it. Besides the
 * combined ranking it offers each of the two similarities alone ({@link #denseOnly()}, {@link #tokensOnly()}), so
 * that a fusion can weigh them separately.
 */
final class Text2TokenIndex implements FittedScorer {
  private final double denseWeight;
  private final double tokenWeight;
  private final Text2TokenModel model;
  private final int sparseK;
  private final List<String> ids;
  private final List<float[]> dense;
  private final List<SparseTokens> sparse;
  private final List<IntArrayList> postingDocs;
  private final List<FloatArrayList> postingWeights;

  /** Ranks by {@code denseWeight} times the dense cosine plus {@code tokenWeight} times the token cosine. */
  Text2TokenIndex(Text2TokenModel model, Corpus reference, int sparseK, Progress progress, double denseWeight,
      double tokenWeight) {
    this.model = model;
    this.denseWeight = denseWeight;
    this.tokenWeight = tokenWeight;
    this.sparseK = sparseK;
    this.ids = new ArrayList<>();
    this.dense = new ArrayList<>();
    this.sparse = new ArrayList<>();
    this.postingDocs = new ArrayList<>();
    this.postingWeights = new ArrayList<>();
    for (int t = 0; t < model.vocabulary().size(); t++) {
      postingDocs.add(new IntArrayList());
      postingWeights.add(new FloatArrayList());
    }
    int n = reference.size();
    float[][] d = new float[n][];
    SparseTokens[] s = new SparseTokens[n];
    progress.start("text2token: encoding " + reference.name(), n);
    IntStream.range(0, n).parallel().forEach(i -> {
      Item item = reference.get(i);
      d[i] = model.dense(item);
      s[i] = normalised(model.sparseTopK(item, sparseK));
      progress.step(1);
    });
    progress.done();
    for (int i = 0; i < n; i++) add(reference.get(i).id(), d[i], s[i]);
  }

  private void add(String id, float[] d, SparseTokens s) {
    int doc = ids.size();
    ids.add(id);
    dense.add(d);
    sparse.add(s);
    for (int j = 0; j < s.size(); j++) {
      postingDocs.get(s.ids()[j]).add(doc);
      postingWeights.get(s.ids()[j]).add(s.weights()[j]);
    }
  }

  /**
   * The sparse vector with its word part and its piece part each scaled to unit length, then both by 1/sqrt 2 when
   * both are there: the dot product of two such vectors is the mean of their word cosine and their piece cosine,
   * as the lexical baseline averages word and character-gram cosines, so that the many small piece weights neither
   * drown nor vanish beside the few word weights.
   */
  private SparseTokens normalised(SparseTokens s) {
    double words = 0;
    double pieces = 0;
    for (int i = 0; i < s.size(); i++) {
      double w = s.weights()[i];
      if (model.vocabulary().isPiece(s.ids()[i])) pieces += w * w; else words += w * w;
    }
    double both = words > 0 && pieces > 0 ? Math.sqrt(0.5) : 1;
    float wordScale = words > 0 ? (float) (both / Math.sqrt(words)) : 0f;
    float pieceScale = pieces > 0 ? (float) (both / Math.sqrt(pieces)) : 0f;
    float[] w = s.weights().clone();
    for (int i = 0; i < w.length; i++) w[i] *= model.vocabulary().isPiece(s.ids()[i]) ? pieceScale : wordScale;
    return new SparseTokens(s.ids(), s.tokens(), w);
  }

  @Override
  public synchronized void addReference(Item item) {
    add(item.id(), model.dense(item), normalised(model.sparseTopK(item, sparseK)));
  }

  @Override
  public String method() {
    return Text2TokenScorer.NAME + "/" + model.version() + String.format(java.util.Locale.ROOT, "/dense=%.2f,tokens=%.2f", denseWeight, tokenWeight);
  }

  @Override
  public Ranking rank(Item query, int k) {
    return rank(query, k, denseWeight, tokenWeight);
  }

  /** Ranks by the dense cosine alone; references are added through this index, not through the view. */
  FittedScorer denseOnly() {
    return new View(1, 0, "dense");
  }

  /** Ranks by the cosine of the sparse top-k token vectors alone. */
  FittedScorer tokensOnly() {
    return new View(0, 1, "tokens");
  }

  /** This index with other weights, sharing its references (add them to either). */
  Text2TokenIndex reweighted(double dense, double tokens) {
    return new Text2TokenIndex(this, dense, tokens);
  }

  private Text2TokenIndex(Text2TokenIndex shared, double denseWeight, double tokenWeight) {
    this.model = shared.model;
    this.sparseK = shared.sparseK;
    this.ids = shared.ids;
    this.dense = shared.dense;
    this.sparse = shared.sparse;
    this.postingDocs = shared.postingDocs;
    this.postingWeights = shared.postingWeights;
    this.denseWeight = denseWeight;
    this.tokenWeight = tokenWeight;
  }

  /** One similarity of the index; it shares the index's references, so adding one goes through the index. */
  private final class View implements FittedScorer {
    private final double denseWeight;
    private final double tokenWeight;
    private final String what;

    View(double denseWeight, double tokenWeight, String what) {
      this.denseWeight = denseWeight;
      this.tokenWeight = tokenWeight;
      this.what = what;
    }

    @Override
    public Ranking rank(Item query, int k) {
      return Text2TokenIndex.this.rank(query, k, denseWeight, tokenWeight);
    }

    @Override
    public void addReference(Item item) {
      throw new UnsupportedOperationException("a " + what + " view shares its references: add them to the text2token index");
    }

    @Override
    public String method() {
      return Text2TokenScorer.NAME + "/" + model.version() + "/" + what;
    }
  }

  private Ranking rank(Item query, int k, double denseWeight, double tokenWeight) {
    float[] q = model.dense(query);
    SparseTokens qs = normalised(model.sparseTopK(query, sparseK));
    int n = ids.size();
    float[] tokenCos = new float[n];
    for (int j = 0; j < qs.size(); j++) {
      IntArrayList docs = postingDocs.get(qs.ids()[j]);
      FloatArrayList ws = postingWeights.get(qs.ids()[j]);
      float qw = qs.weights()[j];
      for (int p = 0; p < docs.size(); p++) tokenCos[docs.getInt(p)] += qw * ws.getFloat(p);
    }
    float[] denseCos = new float[n];
    for (int i = 0; i < n; i++) {
      float[] r = dense.get(i);
      float c = 0;
      for (int x = 0; x < q.length; x++) c += q[x] * r[x];
      denseCos[i] = c;
    }
    TopK top = new TopK(k);
    for (int i = 0; i < n; i++) {
      top.offer(i, Math.max(0, Math.min(1, denseWeight * denseCos[i] + tokenWeight * tokenCos[i])));
    }
    int[] best = top.indicesDescending();
    double[] scores = top.scoresDescending();
    List<Candidate> out = new ArrayList<>(best.length);
    for (int r = 0; r < best.length; r++) {
      int d = best[r];
      out.add(new Candidate(ids.get(d), scores[r], explain(qs, sparse.get(d), denseCos[d], tokenCos[d], denseWeight, tokenWeight)));
    }
    return new Ranking(query.id(), out);
  }

  private static Explanation explain(SparseTokens q, SparseTokens r, float denseCos, float tokenCos, double denseWeight,
      double tokenWeight) {
    Map<String, Double> f = new LinkedHashMap<>();
    f.put("t2t_dense_cosine", (double) denseCos);
    f.put("t2t_token_cosine", (double) tokenCos);
    Map<String, Double> c = new LinkedHashMap<>();
    c.put("t2t_dense_cosine", denseWeight * denseCos);
    c.put("t2t_token_cosine", tokenWeight * tokenCos);
    List<String> shared = new ArrayList<>();
    java.util.Set<Integer> rIds = new java.util.HashSet<>();
    for (int id : r.ids()) rIds.add(id);
    for (int j = 0; j < q.size() && shared.size() < 10; j++) if (rIds.contains(q.ids()[j])) shared.add(q.tokens()[j]);
    return new Explanation(f, c, shared);
  }
}
