package dev.concord.matcher;

import java.util.Arrays;

/** Keeps the k highest-scoring indices offered, in a min-heap; ties go to the lower index. */
public final class TopK {
  private final int k;
  private final int[] idx;
  private final double[] score;
  private int size;

  public TopK(int k) {
    if (k < 1) throw new IllegalArgumentException("k must be >= 1");
    this.k = k;
    this.idx = new int[k];
    this.score = new double[k];
  }

  public void offer(int index, double s) {
    if (size < k) {
      idx[size] = index;
      score[size] = s;
      siftUp(size++);
    } else if (better(index, s, idx[0], score[0])) {
      idx[0] = index;
      score[0] = s;
      siftDown(0);
    }
  }

  public int size() { return size; }

  /** The score an offer must beat (or tie with a lower index) once k are kept; negative infinity before. */
  public double kthScore() { return size < k ? Double.NEGATIVE_INFINITY : score[0]; }

  private static boolean better(int i1, double s1, int i2, double s2) {
    return s1 > s2 || (s1 == s2 && i1 < i2);
  }

  private void siftUp(int i) {
    while (i > 0) {
      int p = (i - 1) >>> 1;
      if (better(idx[p], score[p], idx[i], score[i])) {
        swap(i, p);
        i = p;
      } else {
        return;
      }
    }
  }

  private void siftDown(int i) {
    while (true) {
      int l = 2 * i + 1;
      int r = l + 1;
      int worst = i;
      if (l < size && better(idx[worst], score[worst], idx[l], score[l])) worst = l;
      if (r < size && better(idx[worst], score[worst], idx[r], score[r])) worst = r;
      if (worst == i) return;
      swap(i, worst);
      i = worst;
    }
  }

  private void swap(int a, int b) {
    int ti = idx[a];
    idx[a] = idx[b];
    idx[b] = ti;
    double ts = score[a];
    score[a] = score[b];
    score[b] = ts;
  }

  private Integer[] order() {
    Integer[] o = new Integer[size];
    for (int i = 0; i < size; i++) o[i] = i;
    Arrays.sort(o, (a, b) -> better(idx[a], score[a], idx[b], score[b]) ? -1 : (a.equals(b) ? 0 : 1));
    return o;
  }

  public int[] indicesDescending() {
    Integer[] o = order();
    int[] out = new int[size];
    for (int i = 0; i < size; i++) out[i] = idx[o[i]];
    return out;
  }

  public double[] scoresDescending() {
    Integer[] o = order();
    double[] out = new double[size];
    for (int i = 0; i < size; i++) out[i] = score[o[i]];
    return out;
  }
}
