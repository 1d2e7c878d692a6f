package dev.concord.matcher.concord;

import dev.concord.core.Candidate;
import dev.concord.core.Explanation;
import dev.concord.core.Item;
import dev.concord.core.Ranking;
import dev.concord.matcher.FittedScorer;
import dev.concord.matcher.threshold.RejectThreshold;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Weighted score fusion (CombSUM, Fox &amp; Shaw, TREC-2 1994) of three families of evidence on texts: Text2Token's
 * dense cosine, its token similarity (BM25 over words and pieces) and the graph scorer's score (TDmatch graph
 * embeddings re-scored by token alignment and BM25 relevance). The pool is the union of Text2Token's combined top
 * {@link #DEPTH} and the graph's top {@link #DEPTH}; a candidate one list lacks takes that list's lowest value (it
 * ranked below everything the list kept). The fused score is the weighted mean of the raw similarities (all in
 * [0, 1]): min-max normalising each over the query's pool (Lee, SIGIR 1997) measured lower on corona and politifact
 * (docs/notes/issue-6-matcher.md, session 5), as it lost to raw sums in session 3: it stretches a list whose
 * scores barely differ as far as one with a clear winner. The weights come from
 * {@link dev.concord.matcher.fusion.AgreementWeights} with each ranker its own family, so no label is used.
 */
final class TextFusion implements FittedScorer {
  /** Candidates taken from each ranker: the graph's re-scoring depth, deep enough that the fused top 20 is inside. */
  static final int DEPTH = 100;
  static final String DENSE = "t2t_dense_cosine";
  static final String TOKENS = "t2t_token_similarity";
  /** The contributions' names, in the order of the weights. */
  private static final String[] FAMILIES = {DENSE, TOKENS, "graph"};

  private final FittedScorer text2token;
  private final FittedScorer graph;
  private final double[] weights;

  /**
   * @param text2token Text2Token's combined ranking, whose candidates carry its dense and token similarities
   * @param weights weights of the dense cosine, the token similarity and the graph score, in that order
   */
  TextFusion(FittedScorer text2token, FittedScorer graph, double[] weights) {
    if (weights.length != 3 || weights[0] + weights[1] + weights[2] <= 0) {
      throw new IllegalArgumentException("three weights, not all zero: " + Arrays.toString(weights));
    }
    this.text2token = text2token;
    this.graph = graph;
    this.weights = weights.clone();
  }

  @Override
  public Ranking rank(Item query, int k) {
    int depth = Math.max(k, DEPTH);
    Map<String, Candidate> t = byId(text2token.rank(query, depth));
    Map<String, Candidate> g = byId(graph.rank(query, depth));
    Set<String> pool = new LinkedHashSet<>(t.keySet());
    pool.addAll(g.keySet());
    List<String> ids = List.copyOf(pool);
    double[][] s = new double[3][ids.size()];
    double minDense = min(t.values(), c -> c.explanation().features().getOrDefault(DENSE, 0.0));
    double minTokens = min(t.values(), c -> c.explanation().features().getOrDefault(TOKENS, 0.0));
    double minGraph = min(g.values(), Candidate::score);
    for (int i = 0; i < ids.size(); i++) {
      Candidate a = t.get(ids.get(i));
      Candidate b = g.get(ids.get(i));
      s[0][i] = a == null ? minDense : a.explanation().features().getOrDefault(DENSE, minDense);
      s[1][i] = a == null ? minTokens : a.explanation().features().getOrDefault(TOKENS, minTokens);
      s[2][i] = b == null ? minGraph : b.score();
    }
    double total = weights[0] + weights[1] + weights[2];
    List<Candidate> out = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      double score = 0;
      Map<String, Double> contributions = new LinkedHashMap<>();
      for (int m = 0; m < 3; m++) {
        double c = weights[m] * s[m][i] / total;
        contributions.put(FAMILIES[m], c);
        score += c;
      }
      String id = ids.get(i);
      out.add(new Candidate(id, Math.max(0, Math.min(1, score)), explain(t.get(id), g.get(id), contributions)));
    }
    out.sort(Comparator.comparingDouble(c -> -c.score()));
    return new Ranking(query.id(), out.subList(0, Math.min(k, out.size())));
  }

  /** Both scorers' features (the graph's prefixed), the fused contributions, and the tokens either saw shared. */
  private static Explanation explain(Candidate t, Candidate g, Map<String, Double> contributions) {
    Map<String, Double> features = new LinkedHashMap<>();
    Set<String> shared = new LinkedHashSet<>();
    if (t != null) {
      features.putAll(t.explanation().features());
      shared.addAll(t.explanation().matchedTokens());
    }
    if (g != null) {
      features.put("graph_score", g.score());
      g.explanation().features().forEach((name, v) -> features.put("graph_" + name, v));
      shared.addAll(g.explanation().matchedTokens());
    }
    return new Explanation(features, contributions, List.copyOf(shared));
  }

  private static Map<String, Candidate> byId(Ranking r) {
    Map<String, Candidate> m = new LinkedHashMap<>();
    for (Candidate c : r.candidates()) m.putIfAbsent(c.id(), c);
    return m;
  }

  private static double min(Iterable<Candidate> cs, java.util.function.ToDoubleFunction<Candidate> f) {
    double m = Double.POSITIVE_INFINITY;
    for (Candidate c : cs) m = Math.min(m, f.applyAsDouble(c));
    return m == Double.POSITIVE_INFINITY ? 0 : m;
  }

  @Override
  public void addReference(Item item) {
    text2token.addReference(item);
    graph.addReference(item);
  }

  @Override
  public String method() {
    return String.format(Locale.ROOT, "%s+%s/sum,dense=%.2f,tokens=%.2f,graph=%.2f", text2token.method(), graph.method(),
        weights[0], weights[1], weights[2]);
  }

  @Override
  public RejectThreshold rejectThreshold() { return text2token.rejectThreshold(); }
}
