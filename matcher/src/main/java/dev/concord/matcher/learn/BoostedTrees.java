package dev.concord.matcher.learn;

import java.util.HashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Gradient-boosted trees (XGBoost4J, binary logistic objective): the match model fitted on labelled pairs, either
 * the user's labels (supervised) or pseudo-labels the engine made itself (self-training).
 */
public final class BoostedTrees {
  /** Training settings; defaults are XGBoost's own except fewer, shallower trees for small pair sets. */
  public record Settings(int rounds, int maxDepth, double eta, double minChildWeight, double subsample, long seed,
      int[] monotone) {
    public static final Settings DEFAULT = new Settings(150, 4, 0.1, 1.0, 0.8, 42);

    /** Settings without monotone constraints. */
    public Settings(int rounds, int maxDepth, double eta, double minChildWeight, double subsample, long seed) {
      this(rounds, maxDepth, eta, minChildWeight, subsample, seed, new int[0]);
    }

    public Settings {
      monotone = monotone.clone();
    }

    public Settings withSeed(long s) {
      return new Settings(rounds, maxDepth, eta, minChildWeight, subsample, s, monotone);
    }

    /**
     * Per feature: +1 the prediction may only rise with the feature, -1 only fall, 0 free (empty: all free).
     * A similarity can only make a match more likely; the constraint keeps trees fitted on noisy labels from
     * learning the noise as a dip in the middle of a similarity's range.
     */
    public Settings withMonotone(int[] m) {
      return new Settings(rounds, maxDepth, eta, minChildWeight, subsample, seed, m);
    }

    @Override
    public int[] monotone() {
      return monotone.clone();
    }
  }

  private final Booster booster;

  private BoostedTrees(Booster booster) {
    this.booster = booster;
  }

  public static BoostedTrees fit(double[][] x, int[] y, double[] weight, Settings s) {
    if (x.length == 0) throw new IllegalArgumentException("no training pairs");
    try {
      DMatrix train = matrix(x);
      float[] labels = new float[y.length];
      for (int i = 0; i < y.length; i++) labels[i] = y[i];
      train.setLabel(labels);
      if (weight != null) {
        float[] w = new float[weight.length];
        for (int i = 0; i < w.length; i++) w[i] = (float) weight[i];
        train.setWeight(w);
      }
      Map<String, Object> params = new HashMap<>();
      params.put("objective", "binary:logistic");
      params.put("eval_metric", "logloss");
      params.put("max_depth", s.maxDepth());
      params.put("eta", s.eta());
      params.put("min_child_weight", s.minChildWeight());
      params.put("subsample", s.subsample());
      params.put("seed", s.seed());
      int[] mono = s.monotone();
      if (mono.length > 0) {
        if (mono.length != x[0].length) throw new IllegalArgumentException("monotone constraints: " + mono.length + " for " + x[0].length + " features");
        StringBuilder b = new StringBuilder("(");
        for (int j = 0; j < mono.length; j++) b.append(j == 0 ? "" : ",").append(mono[j]);
        params.put("monotone_constraints", b.append(')').toString());
      }
      // one native thread per model: callers train several models in parallel Java threads, and OpenMP threads
      // spinning against each other (or against a busy machine) made training ten times slower in measurements
      params.put("nthread", 1);
      params.put("verbosity", 0);
      Booster b = XGBoost.train(train, params, s.rounds(), new HashMap<>(), null, null);
      train.dispose();
      return new BoostedTrees(b);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost training failed: " + e.getMessage(), e);
    }
  }

  private static DMatrix matrix(double[][] x) throws XGBoostError {
    int cols = x[0].length;
    float[] flat = new float[x.length * cols];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < cols; j++) flat[i * cols + j] = (float) x[i][j];
    }
    return new DMatrix(flat, x.length, cols, Float.NaN);
  }

  /** The match probability of one feature vector. */
  public double probability(double[] features) {
    return probabilities(new double[][] {features})[0];
  }

  /** Probabilities of many rows in one native call. */
  public synchronized double[] probabilities(double[][] rows) {
    if (rows.length == 0) return new double[0];
    try {
      DMatrix m = matrix(rows);
      float[][] p = booster.predict(m);
      m.dispose();
      double[] out = new double[rows.length];
      for (int i = 0; i < out.length; i++) out[i] = p[i][0];
      return out;
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost prediction failed: " + e.getMessage(), e);
    }
  }

  /**
   * Each feature's additive contribution to the log-odds of each row (TreeSHAP, as XGBoost computes it); the last
   * element of a row is the bias.
   */
  public synchronized double[][] allContributions(double[][] rows) {
    if (rows.length == 0) return new double[0][];
    try {
      DMatrix m = matrix(rows);
      float[][] c = booster.predictContrib(m, 0);
      m.dispose();
      double[][] out = new double[rows.length][];
      for (int i = 0; i < rows.length; i++) {
        out[i] = new double[c[i].length];
        for (int j = 0; j < c[i].length; j++) out[i][j] = c[i][j];
      }
      return out;
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost contributions failed: " + e.getMessage(), e);
    }
  }

}
