package dev.concord.matcher.fusion;

import dev.concord.core.Item;
import dev.concord.core.Ranking;
import dev.concord.matcher.FittedScorer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Label-free weights for fusing rankers, from how often their top-1 choices agree on the query corpus.
 *
 * <p>If rankers err independently and rarely agree on the same wrong item, two rankers agree on a query's top-1
 * with probability about a_i * a_j, a_i being ranker i's top-1 accuracy; that is the premise of estimating
 * accuracies from unlabelled agreement rates (Platanios, Blum &amp; Mitchell, UAI 2014; Parisi et al., PNAS 2014).
 * With three or more rankers the accuracies follow from a least-squares fit of log a_i + log a_j to the log
 * agreement rates (exact for three). Two rankers of one family (two scorers of the same word overlap, such as TF-IDF
 * cosine and BM25) share their errors, so their agreement says little about their accuracy: pairs within a family
 * are left out of the fit. Each ranker is then weighted by its log-odds log(a / (1 - a)), floored at 0:
 * the weighted-majority weights that are optimal for independent voters (Nitzan &amp; Paroush, 1982), so a ranker
 * estimated to be wrong more often than right contributes nothing. Errors are never fully independent, so the
 * estimate is a ranking of reliability, not a calibrated accuracy. When the fit is underdetermined (fewer than three
 * rankers, too few pairs across families) every ranker gets weight 1.
 */
public final class AgreementWeights {
  /** Queries sampled for the estimate: enough for agreement rates to a few points, bounded ranking time. */
  static final int SAMPLE = 2000;

  private AgreementWeights() {}

  /**
   * Weight per ranker name (same order as given), from the top-1 choices of each ranker on a sample of queries.
   *
   * @param family family name per ranker name; agreement within a family is not used
   */
  public static Map<String, Double> estimate(Map<String, FittedScorer> rankers, Map<String, String> family, List<Item> queries,
      long seed) {
    List<Item> sample = sample(queries, seed);
    List<String> names = List.copyOf(rankers.keySet());
    String[][] top = new String[names.size()][];
    for (int s = 0; s < names.size(); s++) {
      FittedScorer r = rankers.get(names.get(s));
      top[s] = sample.parallelStream().map(q -> r.rank(q, 1)).map(k -> k.isEmpty() ? null : k.top().id()).toArray(String[]::new);
    }
    boolean[][] usable = new boolean[names.size()][names.size()];
    for (int i = 0; i < names.size(); i++) {
      for (int j = 0; j < names.size(); j++) usable[i][j] = !family.get(names.get(i)).equals(family.get(names.get(j)));
    }
    double[] weights = fromTopChoices(top, usable);
    Map<String, Double> w = new LinkedHashMap<>();
    for (int s = 0; s < names.size(); s++) w.put(names.get(s), weights[s]);
    return w;
  }

  /** The queries the estimate uses: all of them, or {@link #SAMPLE} of them drawn with the seed. */
  public static List<Item> sample(List<Item> queries, long seed) {
    List<Item> sample = new ArrayList<>(queries);
    if (sample.size() > SAMPLE) {
      Collections.shuffle(sample, new Random(seed));
      sample = sample.subList(0, SAMPLE);
    }
    return sample;
  }

  /**
   * Weight per ranker from the rankers' top-1 choices on the same queries, {@code top[s][q]} being ranker s's choice
   * for query q (null where it has none); pairs i, j with {@code usable[i][j]} false are left out of the fit. Every
   * weight is 1 when the fit is underdetermined or estimates every ranker wrong more often than right.
   */
  public static double[] fromTopChoices(String[][] top, boolean[][] usable) {
    double[] accuracy = accuracies(agreements(top), usable, top.length == 0 ? 0 : top[0].length);
    double[] w = new double[top.length];
    for (int s = 0; s < w.length; s++) w[s] = accuracy == null ? 1.0 : logOdds(accuracy[s]);
    if (Arrays.stream(w).allMatch(v -> v == 0)) Arrays.fill(w, 1.0);
    return w;
  }

  /** Share of queries on which rankers i and j both have a top-1 and it is the same item. */
  static double[][] agreements(String[][] top) {
    int n = top.length;
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        int same = 0;
        for (int q = 0; q < top[i].length; q++) if (top[i][q] != null && top[i][q].equals(top[j][q])) same++;
        a[i][j] = top[i].length == 0 ? 0 : same / (double) top[i].length;
      }
    }
    return a;
  }

  /**
   * Accuracies a minimising the squared error of log a_i + log a_j against the log agreement over the usable pairs
   * i &lt; j, clamped to [1/(m+1), m/(m+1)] for m queries; null when the usable pairs do not determine them.
   */
  static double[] accuracies(double[][] agreement, boolean[][] usable, int queries) {
    int n = agreement.length;
    double floor = 1.0 / (queries + 1);
    // normal equations of the fit: for each usable pair, x_i + x_j = log agreement
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (!usable[i][j]) continue;
        double l = Math.log(Math.max(floor, agreement[i][j]));
        m[i][i]++;
        m[j][j]++;
        m[i][j]++;
        m[j][i]++;
        m[i][n] += l;
        m[j][n] += l;
      }
    }
    double[] x = solve(m);
    if (x == null) return null;
    double[] a = new double[n];
    for (int i = 0; i < n; i++) a[i] = Math.min(1 - floor, Math.max(floor, Math.exp(x[i])));
    return a;
  }

  /** Gaussian elimination with partial pivoting on an augmented n x (n+1) matrix; null when singular. */
  private static double[] solve(double[][] m) {
    int n = m.length;
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
      if (Math.abs(m[p][c]) < 1e-9) return null;
      double[] t = m[c];
      m[c] = m[p];
      m[p] = t;
      for (int r = 0; r < n; r++) {
        if (r == c) continue;
        double f = m[r][c] / m[c][c];
        for (int k = c; k <= n; k++) m[r][k] -= f * m[c][k];
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) x[i] = m[i][n] / m[i][i];
    return x;
  }

  static double logOdds(double accuracy) {
    return Math.max(0, Math.log(accuracy / (1 - accuracy)));
  }
}
