package dev.concord.embeddings.graph;

import dev.concord.core.Item;
import dev.concord.embeddings.word2vec.VectorTable;
import dev.concord.graph.Node;
import dev.concord.graph.build.ItemTokenizer;
import it.unimi.dsi.fastutil.floats.FloatArrayList;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Soft token alignment of two items over the graph's own token vectors, the greedy matching of BERTScore
 * (Zhang et al., "BERTScore: Evaluating Text Generation with BERT", ICLR 2020) with its idf importance weighting,
 * recall side: each token t of the query is matched to the most similar token u of the reference,
 * <pre>  S(q, r) = sum_t idf(t) * max(0, max_u cos(v_t, v_u)) / sum_t idf(t)</pre>
 * A token both items share scores 1; a token the walks placed near one of the reference's tokens (an
 * expansion neighbour, a token of the same claims) scores its cosine. Recall and not F1 because queries (claims)
 * are short and references (rows, fact-check articles) long: what counts is how much of the claim the reference
 * covers. Against the cosine of averaged item vectors, which blurs the few tokens that tell sibling rows apart
 * (the month, {@code new} vs {@code total}), every query token keeps its own weight here.
 *
 * <p>Tokens are compared up to inflection: two tokens whose words have the same stem under step 1 of Porter's
 * stemmer ({@link PorterStepOne}: plurals, -ed, -ing) count as the same token and score 1, as a shared token does
 * ({@code voted} in a claim, {@code voting} in its fact-check); {@link #inflectionClass} names the class, so that
 * document frequencies can be counted per class too. Two tokens the graph's expanders joined by an edge (near
 * duplicates such as an OCR error or a misspelling and the word, an abbreviation and its expansion, two spellings of
 * a number) count as the same token too: the expansion states they are, and their vectors, trained on few walks,
 * need not agree.
 *
 * <p>Only tokens kept in the graph and given a vector by the walks take part. Thread-safe.
 */
public final class TokenAlignment {
  /**
   * The tokens of one item that have a vector: ids into the alignment's table (0 to {@link #vocabularySize()}),
   * their weights (the graph's idf unless {@link #reweighted}), their names, how often each occurs in the item
   * ({@code tf}) and how many occurrences of tokens with a vector the item has in all ({@code length}): the item's
   * length as BM25 counts it.
   */
  public record Bag(int[] ids, float[] idf, List<String> tokens, float[] tf, int length) {
    public Bag {
      if (ids.length != idf.length || ids.length != tokens.size() || ids.length != tf.length) {
        throw new IllegalArgumentException("bag arrays differ in length");
      }
      tokens = List.copyOf(tokens);
    }

    /** Each token once. */
    public Bag(int[] ids, float[] idf, List<String> tokens) {
      this(ids, idf, tokens, ones(ids.length), ids.length);
    }

    /** The same tokens with other weights, one per token. */
    public Bag reweighted(float[] weights) {
      return new Bag(ids, weights, tokens, tf, length);
    }

    public boolean isEmpty() { return ids.length == 0; }

    public int size() { return ids.length; }

    private static float[] ones(int n) {
      float[] f = new float[n];
      Arrays.fill(f, 1f);
      return f;
    }
  }

  /**
   * One query token's best match in a reference: the reference token, their cosine (clipped at 0), and whether it
   * is the query token itself, an inflection of it or a token an expander joined it to ({@code held}).
   */
  public record Match(String queryToken, String referenceToken, float idf, float cosine, boolean held) {}

  /** A reference's {@link Query#recall} and {@link Query#saturated} against one query. */
  public record Evidence(double recall, double relevance) {}

  private final ItemTokenizer tokenizer;
  private final Object2IntOpenHashMap<String> idOf = new Object2IntOpenHashMap<>();
  private final float[] idfOf;
  private final float[] unit;
  private final int dims;
  private final int[] classOf;
  /** Per token, the tokens an expander joined it to (null: none). */
  private final IntOpenHashSet[] expanded;

  public TokenAlignment(GraphEmbedding model) {
    this.tokenizer = model.tokenizer();
    this.dims = model.dimensions();
    idOf.defaultReturnValue(-1);
    FloatArrayList idf = new FloatArrayList();
    FloatArrayList vectors = new FloatArrayList();
    IntArrayList classes = new IntArrayList();
    Object2IntOpenHashMap<String> classIds = new Object2IntOpenHashMap<>();
    for (Map.Entry<String, Float> e : model.tokenIdf().entrySet()) {
      Optional<float[]> v = model.vectorOf(Node.token(e.getKey()));
      if (v.isEmpty()) continue;
      idOf.put(e.getKey(), idf.size());
      idf.add(e.getValue().floatValue());
      vectors.addElements(vectors.size(), VectorTable.unit(v.get()));
      StringBuilder stems = new StringBuilder();
      for (String word : e.getKey().split(" ")) stems.append(stems.length() == 0 ? "" : " ").append(PorterStepOne.stem(word));
      classes.add(classIds.computeIfAbsent(stems.toString(), k -> classIds.size()));
    }
    this.idfOf = idf.toFloatArray();
    this.expanded = new IntOpenHashSet[idf.size()];
    for (Map.Entry<String, List<String>> e : model.profiles().related().entrySet()) {
      int a = idOf.getInt(e.getKey());
      if (a < 0) continue;
      for (String other : e.getValue()) {
        int b = idOf.getInt(other);
        if (b < 0 || b == a) continue;
        if (expanded[a] == null) expanded[a] = new IntOpenHashSet(2);
        expanded[a].add(b);
      }
    }
    this.unit = vectors.toFloatArray();
    this.classOf = classes.toIntArray();
  }

  /**
   * The token's inflection class, from 0 to {@link #vocabularySize()} (exclusive): tokens whose words have the same
   * Porter step-1 stems share it.
   */
  public int inflectionClass(int id) { return classOf[id]; }

  /** Whether two tokens count as one: the same inflection class, or joined by an expansion edge of the graph. */
  private boolean same(int t, int u) {
    return classOf[t] == classOf[u] || (expanded[t] != null && expanded[t].contains(u));
  }

  /** How many tokens have a vector: token ids run from 0 to this, exclusive. */
  public int vocabularySize() { return idfOf.length; }

  /** The item's distinct tokens that have a vector, in the tokenizer's order, weighted by the graph's idf. */
  public Bag bag(Item item) {
    Object2IntOpenHashMap<String> count = new Object2IntOpenHashMap<>();
    List<String> tokens = new ArrayList<>();
    int length = 0;
    for (ItemTokenizer.AttributedToken t : tokenizer.occurrences(item)) {
      length++;
      if (idOf.getInt(t.token()) < 0) continue;
      if (count.addTo(t.token(), 1) == 0) tokens.add(t.token());
    }
    int[] ids = new int[tokens.size()];
    float[] idf = new float[tokens.size()];
    float[] tf = new float[tokens.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = idOf.getInt(tokens.get(i));
      idf[i] = idfOf[ids[i]];
      tf[i] = count.getInt(tokens.get(i));
    }
    return new Bag(ids, idf, tokens, tf, length);
  }

  /** Scores references against one query, caching the cosines of the query's tokens with each reference token. */
  public Query query(Bag query) {
    return new Query(query);
  }

  /** A query's alignment scorer; one thread at a time. */
  public final class Query {
    private final Bag q;
    private final double idfSum;
    private final Int2IntOpenHashMap slotOf = new Int2IntOpenHashMap();
    private float[] cosines = new float[0];

    private Query(Bag q) {
      this.q = q;
      double s = 0;
      for (float w : q.idf()) s += w;
      this.idfSum = s;
      slotOf.defaultReturnValue(-1);
    }

    /** S(q, r) in [0, 1]; 0 when either bag is empty. */
    public double recall(Bag r) {
      if (q.isEmpty() || r.isEmpty()) return 0;
      int m = q.size();
      float[] best = new float[m];
      for (int u : r.ids()) {
        int base = slot(u) * m;
        for (int i = 0; i < m; i++) best[i] = Math.max(best[i], cosines[base + i]);
      }
      double s = 0;
      for (int i = 0; i < m; i++) s += q.idf()[i] * best[i];
      return s / idfSum;
    }

    /**
     * The query's tokens scored as BM25 scores them (Robertson &amp; Zaragoza, "The Probabilistic Relevance
     * Framework: BM25 and Beyond", 2009), with the alignment's soft matches: a query token the reference holds (as
     * it is or inflected) x times there scores x / (x + K), a token it does not hold scores its best cosine times
     * the credit of one occurrence, cos / (1 + K), where K = k1 (1 - b + b |r| / avgLength) and |r| counts every
     * token occurrence of the reference, those without a vector too (a fact-check's length, not the part of it the
     * graph kept). Weighted by the query's idf and divided by their sum, as {@link #recall} is; in [0, 1). Where
     * {@link #recall} asks how much of the query the reference covers, this asks how strongly: repeated and in a
     * short reference rather than once in a long one.
     *
     * @param avgLength the references' mean {@link Bag#length()}
     */
    public double saturated(Bag r, Saturation saturation, double avgLength) {
      return evidence(r, saturation, avgLength).relevance();
    }

    /** {@link #recall} and {@link #saturated} of one reference, in one pass over its tokens. */
    public Evidence evidence(Bag r, Saturation saturation, double avgLength) {
      if (q.isEmpty() || r.isEmpty()) return new Evidence(0, 0);
      int m = q.size();
      float[] best = new float[m];
      float[] held = new float[m];
      for (int j = 0; j < r.size(); j++) {
        int u = r.ids()[j];
        int base = slot(u) * m;
        for (int i = 0; i < m; i++) {
          best[i] = Math.max(best[i], cosines[base + i]);
          if (same(q.ids()[i], u)) held[i] += r.tf()[j];
        }
      }
      double norm = saturation.k1() * (1 - saturation.b() + saturation.b() * r.length() / Math.max(1e-9, avgLength));
      double recall = 0;
      double relevance = 0;
      for (int i = 0; i < m; i++) {
        recall += q.idf()[i] * best[i];
        relevance += q.idf()[i] * (held[i] > 0 ? held[i] / (held[i] + norm) : best[i] / (1 + norm));
      }
      return new Evidence(recall / idfSum, relevance / idfSum);
    }

    /** Each query token's best match in {@code r}, highest weighted contribution first. */
    public List<Match> matches(Bag r) {
      int m = q.size();
      List<Match> out = new ArrayList<>(m);
      for (int i = 0; i < m; i++) {
        float best = 0;
        String with = "";
        boolean held = false;
        for (int j = 0; j < r.size(); j++) {
          int base = slot(r.ids()[j]) * m; // before reading the field: slot() may replace the array
          float c = cosines[base + i];
          boolean same = same(q.ids()[i], r.ids()[j]);
          if (c > best || (same && !held && c == best)) {
            best = c;
            with = r.tokens().get(j);
            held = same;
          }
        }
        out.add(new Match(q.tokens().get(i), with, q.idf()[i], best, held));
      }
      out.sort(Comparator.comparingDouble((Match x) -> -x.idf() * x.cosine()));
      return out;
    }

    /** The row of cached cosines of reference token {@code u} with every query token, computed on first use. */
    private int slot(int u) {
      int s = slotOf.get(u);
      if (s >= 0) return s;
      s = slotOf.size();
      slotOf.put(u, s);
      int m = q.size();
      if ((s + 1) * m > cosines.length) cosines = Arrays.copyOf(cosines, Math.max((s + 1) * m, 2 * cosines.length));
      int ub = u * dims;
      for (int i = 0; i < m; i++) {
        int t = q.ids()[i];
        float c;
        if (same(t, u)) {
          c = 1f;
        } else {
          int tb = t * dims;
          float dot = 0f;
          for (int d = 0; d < dims; d++) dot += unit[tb + d] * unit[ub + d];
          c = Math.max(0f, Math.min(1f, dot));
        }
        cosines[s * m + i] = c;
      }
      return s;
    }
  }
}
