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
import dev.concord.matcher.bm25.Bm25Weight;
import it.unimi.dsi.fastutil.floats.FloatArrayList;
import it.unimi.dsi.fastutil.ints.Int2FloatOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The fitted Text2Token scorer: every reference item's dense vector, and an inverted index from the model's in-text
 * key tokens (vocabulary words and subword pieces) to the references that hold them. The token similarity is one of:
 * <ul>
 *   <li><b>BM25</b>, for retrieval, where short queries (claims, OCR'd spines) look for longer references: Okapi BM25
 *   (Robertson &amp; Zaragoza, 2009; k1 = 1.2, b = 0.75, the model's idf) over the words and over the pieces, each
 *   divided by the query's ceiling (the sum over its distinct tokens of idf * (k1 + 1)) and averaged, so it lies in
 *   [0, 1]; words and pieces are counted apart because a word has several pieces, so their lengths differ in scale.
 *   BM25's saturation and partial length normalisation suit a short query against references of varying length;</li>
 *   <li><b>cosine</b>, for comparing records with records (both sides rows): the cosine of the model's sparse in-text
 *   vectors ((1 + ln tf) * idf, the heaviest 32 words and 128 pieces), the mean of a word and a piece cosine; a
 *   symmetric similarity for two sides of the same kind and length.</li>
 * </ul>
 * Which one is chosen from the item kinds alone ({@link Text2TokenScorer}); measured on gold for both on all text and
 * two ER data sets together (docs/notes/issue-5-learned.md, session 3). Besides the combined ranking it offers each of
 * the two similarities alone ({@link #denseOnly()}, {@link #tokensOnly()}), which the scorer weighs against each other without labels.
 */
final class Text2TokenIndex implements FittedScorer {
  private final double denseWeight;
  private final double tokenWeight;
  private final Text2TokenModel model;
  private final boolean bm25;
  private final Lengths lengths;
  private final List<String> ids;
  private final List<float[]> dense;
  private final List<SparseTokens> sparse;
  private final List<IntArrayList> postingDocs;
  private final List<FloatArrayList> postingWeights;

  /**
   * Ranks by {@code denseWeight} times the dense cosine plus {@code tokenWeight} times the token similarity: BM25
   * when {@code bm25}, else the cosine of the model's sparse in-text vectors (see the class comment).
   */
  Text2TokenIndex(Text2TokenModel model, Corpus reference, boolean bm25, Progress progress, double denseWeight,
      double tokenWeight) {
    this.model = model;
    this.bm25 = bm25;
    this.denseWeight = denseWeight;
    this.tokenWeight = tokenWeight;
    this.lengths = new Lengths();
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
      s[i] = bm25 ? model.termCounts(Text2TokenModel.textOf(item)) : normalised(model.sparseTopK(item, SPARSE_K));
      progress.step(1);
    });
    progress.done();
    if (bm25) fitLengths(s);
    for (int i = 0; i < n; i++) add(reference.get(i).id(), d[i], s[i]);
  }

  /** The mean lengths of the references, then their counts turned into BM25 weights in place. */
  private void fitLengths(SparseTokens[] s) {
    int n = s.length;
    double words = 0;
    double pieces = 0;
    for (SparseTokens x : s) {
      double[] l = lengths(x);
      words += l[0];
      pieces += l[1];
    }
    // fixed at fit time, as BM25's: references added later reuse them
    lengths.words = Math.max(1, words / Math.max(1, n));
    lengths.pieces = Math.max(1, pieces / Math.max(1, n));
    for (int i = 0; i < n; i++) s[i] = bm25(s[i]);
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

  /** Tokens kept in a sparse vector of the cosine similarity (the model keeps up to 32 words and 128 pieces). */
  static final int SPARSE_K = 256;

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

  private SparseTokens referenceTokens(Item item) {
    return bm25 ? bm25(model.termCounts(Text2TokenModel.textOf(item))) : normalised(model.sparseTopK(item, SPARSE_K));
  }

  private SparseTokens queryTokens(Item query) {
    return bm25 ? queryWeights(model.termCounts(Text2TokenModel.textOf(query))) : normalised(model.sparseTopK(query, SPARSE_K));
  }

  /** The mean number of word tokens and of piece tokens of a reference. */
  private static final class Lengths {
    double words = 1;
    double pieces = 1;
  }

  /** How many word tokens and how many piece tokens the counts hold. */
  private double[] lengths(SparseTokens counts) {
    double[] l = new double[2];
    for (int i = 0; i < counts.size(); i++) l[model.vocabulary().isPiece(counts.ids()[i]) ? 1 : 0] += counts.weights()[i];
    return l;
  }

  /** A reference's token counts as BM25 term weights, each part's length against its own mean. */
  private SparseTokens bm25(SparseTokens counts) {
    double[] l = lengths(counts);
    float[] w = new float[counts.size()];
    for (int i = 0; i < w.length; i++) {
      int id = counts.ids()[i];
      boolean piece = model.vocabulary().isPiece(id);
      w[i] = (float) Bm25Weight.of(model.vocabulary().idf(id), counts.weights()[i], piece ? l[1] : l[0],
          piece ? lengths.pieces : lengths.words);
    }
    return new SparseTokens(counts.ids(), counts.tokens(), w);
  }

  /**
   * A query's distinct tokens, each weighing one over its part's ceiling (the sum of idf * (k1 + 1) over the part's
   * tokens), the two parts half each when both are there: the dot product with a reference's BM25 weights is then the
   * mean of the two parts' BM25 scores over their ceilings, in [0, 1].
   */
  private SparseTokens queryWeights(SparseTokens counts) {
    double words = 0;
    double pieces = 0;
    for (int i = 0; i < counts.size(); i++) {
      double x = Bm25Weight.ceiling(model.vocabulary().idf(counts.ids()[i]));
      if (model.vocabulary().isPiece(counts.ids()[i])) pieces += x; else words += x;
    }
    double share = words > 0 && pieces > 0 ? 0.5 : 1;
    float[] w = new float[counts.size()];
    for (int i = 0; i < w.length; i++) w[i] = (float) (share / (model.vocabulary().isPiece(counts.ids()[i]) ? pieces : words));
    return new SparseTokens(counts.ids(), counts.tokens(), w);
  }

  @Override
  public synchronized void addReference(Item item) {
    add(item.id(), model.dense(item), referenceTokens(item));
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
    this.bm25 = shared.bm25;
    this.lengths = shared.lengths;
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
    SparseTokens qs = queryTokens(query);
    int n = ids.size();
    float[] tokenCos = new float[n];
    // the dense view does not walk the postings (the long lists of common pieces): it scores its top k's tokens below
    boolean walk = tokenWeight != 0;
    for (int j = 0; walk && j < qs.size(); j++) {
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
    if (!walk) {
      Int2FloatOpenHashMap qw = new Int2FloatOpenHashMap();
      for (int j = 0; j < qs.size(); j++) qw.put(qs.ids()[j], qs.weights()[j]);
      for (int d : best) {
        SparseTokens r = sparse.get(d);
        float c = 0;
        for (int j = 0; j < r.size(); j++) c += qw.get(r.ids()[j]) * r.weights()[j];
        tokenCos[d] = c;
      }
    }
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
    f.put("t2t_token_similarity", (double) tokenCos);
    Map<String, Double> c = new LinkedHashMap<>();
    c.put("t2t_dense_cosine", denseWeight * denseCos);
    c.put("t2t_token_similarity", tokenWeight * tokenCos);
    List<String> shared = new ArrayList<>();
    java.util.Set<Integer> rIds = new java.util.HashSet<>();
    for (int id : r.ids()) rIds.add(id);
    for (int j = 0; j < q.size() && shared.size() < 10; j++) if (rIds.contains(q.ids()[j])) shared.add(q.tokens()[j]);
    return new Explanation(f, c, shared);
  }
}
