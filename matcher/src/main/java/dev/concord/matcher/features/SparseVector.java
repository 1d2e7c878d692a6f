package dev.concord.matcher.features;

import java.util.Arrays;

/** An L2-normalised sparse vector: sorted term ids and their weights. */
public record SparseVector(int[] terms, float[] weights) {
  public static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

  public boolean isEmpty() { return terms.length == 0; }

  /** Cosine of two normalised vectors: a merge of the sorted term lists. */
  public double cosine(SparseVector o) {
    int[] a = terms;
    int[] b = o.terms;
    int i = 0;
    int j = 0;
    double dot = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        dot += (double) weights[i++] * o.weights[j++];
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return Math.min(1.0, dot);
  }

  /** Sum of the shared terms' weights in {@code idf}, and the larger side's total: a weighted overlap. */
  public double weightedOverlap(SparseVector o, float[] idf) {
    int[] a = terms;
    int[] b = o.terms;
    double shared = 0;
    double ta = 0;
    double tb = 0;
    for (int t : a) ta += idf[t];
    for (int t : b) tb += idf[t];
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared += idf[a[i]];
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    double denom = Math.max(ta, tb);
    return denom == 0 ? 0 : shared / denom;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SparseVector v && Arrays.equals(terms, v.terms) && Arrays.equals(weights, v.weights);
  }

  @Override
  public int hashCode() { return Arrays.hashCode(terms) * 31 + Arrays.hashCode(weights); }

  @Override
  public String toString() { return "SparseVector" + Arrays.toString(terms); }
}
