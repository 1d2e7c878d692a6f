package dev.concord.embeddings.text2token;

import java.util.Arrays;

/**
 * A text in vocabulary space: its top-k predicted tokens and their probabilities, best first.
 *
 * @param ids     vocabulary ids
 * @param tokens  the tokens themselves
 * @param weights probabilities, descending
 */
public record SparseTokens(int[] ids, String[] tokens, float[] weights) {
  public SparseTokens {
    if (ids.length != tokens.length || ids.length != weights.length) throw new IllegalArgumentException("lengths differ");
  }

  public int size() { return ids.length; }

  /** Euclidean length of the weights. */
  public double norm() {
    double s = 0;
    for (float w : weights) s += w * w;
    return Math.sqrt(s);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("SparseTokens[");
    for (int i = 0; i < ids.length; i++) sb.append(i == 0 ? "" : ", ").append(tokens[i]).append('=').append(weights[i]);
    return sb.append(']').toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SparseTokens s && Arrays.equals(ids, s.ids) && Arrays.equals(weights, s.weights);
  }

  @Override
  public int hashCode() { return 31 * Arrays.hashCode(ids) + Arrays.hashCode(weights); }
}
