package dev.concord.matcher.lexical;

import dev.concord.matcher.TopK;
import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.Arrays;
import java.util.List;

/**
 * Exact top-k over a weighted sum of TF-IDF cosines that skips most postings: term-at-a-time MaxScore (Turtle and
 * Flood, "Query evaluation: strategies and optimizations", IPM 1995). Each query term's largest possible
 * contribution is its weight times the largest weight in its postings. Terms are read in decreasing order of that
 * bound per posting (rare terms first, the long lists of common character n-grams last). Now and then the
 * documents with the best partial scores are scored exactly, which sets a bar (the k-th exact score, or the floor
 * asked for); once the bounds of the terms not yet read add up to less than the bar, no untouched document can
 * enter the top k, and the remaining postings are not read: the touched documents whose partial score plus those
 * bounds can still reach the bar are scored exactly instead, through their own vectors.
 *
 * <p>The result equals the exhaustive search's: exact scores come from {@link TfIdfIndex#score}, which adds in the
 * exhaustive order, and every bound is compared with a margin far above float rounding.
 */
final class MaxScoreSearch {
  /** Margin on every bound comparison: float sums of a few hundred terms err by about 1e-6 here. */
  private static final double SLACK = 1e-4;
  /**
   * When to stop reading postings: once the touched documents that could still reach the bar, times this, are
   * fewer than the postings left. It stands for what scoring one of them exactly costs in postings read, and for
   * how many of them the final pass actually scores: with k = 1 the bar is already the best exact score and
   * rarely rises, so nearly all are scored; with a larger k it keeps rising during the pass and far fewer are.
   * Values measured on the 100k synthetic register (CPU time per query, k = 1 above 0.35 and 0.82: 1,000 → 3,000
   * took 0.167 → 0.134 and 0.116 → 0.071 ms; k = 10: 400 took 1.0–1.1 ms, 1,000 took 1.4 ms).
   */
  private static int exactCost(int k) {
    return k == 1 ? 3000 : 400;
  }

  /** One index's share of the score: {@code weight * cosine(query, doc)}. */
  record Clause(TfIdfIndex index, QueryVector query, float weight) {}

  /** The exact final score of a document, as the exhaustive search computes it. */
  interface ExactScore {
    double of(int doc);
  }

  private MaxScoreSearch() {}

  /**
   * The k best documents scoring at least {@code floor} (negative infinity for none), scores capped at {@code cap}
   * (scores at or above the cap tie, and ties go to the lower document number, so a bound only prunes when it is
   * below the cap as well).
   */
  static TopK topK(List<Clause> clauses, int k, double floor, double cap, ExactScore exact, Scratch s) {
    int n = 0;
    for (Clause c : clauses) n += c.query().size();
    int[][] docs = new int[n][];
    float[][] weights = new float[n][];
    int[] lengths = new int[n];
    float[] factor = new float[n];
    double[] bound = new double[n];
    int t = 0;
    for (Clause c : clauses) {
      for (int j = 0; j < c.query().size(); j++, t++) {
        int term = c.query().term(j);
        docs[t] = c.index().postingDocs(term);
        weights[t] = c.index().postingWeights(term);
        lengths[t] = c.index().postingLength(term);
        factor[t] = c.weight() * c.query().weight(j);
        bound[t] = (double) factor[t] * c.index().maxWeight(term);
      }
    }
    // most bound per posting read first: rare terms early, the long lists of common ones last (and then skipped)
    int[] order = new int[n];
    for (int i = 0; i < n; i++) order[i] = i;
    IntArrays.quickSort(order, (a, b) -> Double.compare(bound[b] / Math.max(1, lengths[b]), bound[a] / Math.max(1, lengths[a])));
    double[] remaining = new double[n + 1];
    long[] remainingPostings = new long[n + 1];
    for (int i = n - 1; i >= 0; i--) {
      remaining[i] = remaining[i + 1] + bound[order[i]];
      remainingPostings[i] = remainingPostings[i + 1] + lengths[order[i]];
    }

    float[] partial = s.partial;
    byte[] state = s.state;
    int[] touched = s.touched;
    TopK top = new TopK(k);
    long sinceRefresh = 0;
    long sinceCount = Long.MAX_VALUE / 2;
    int i = 0;
    for (; i < n; i++) {
      int size = s.touchedCount;
      if (size > 0 && sinceRefresh >= size) {
        // the best partial scores so far are the likeliest top k: their exact scores raise the bar
        scoreBestPartials(k, exact, s, top);
        sinceRefresh = 0;
      }
      double bar = Math.min(cap, Math.max(floor, top.kthScore()));
      // every untouched document scores at most remaining[i]: below the bar, it cannot enter; stop reading postings
      // once scoring the touched documents that still could is cheaper than the postings left
      if (remaining[i] + SLACK < bar && sinceCount >= size / 2) {
        sinceCount = 0;
        if ((long) exactCost(k) * survivors(s, bar - remaining[i] - SLACK) <= remainingPostings[i]) break;
      }
      int term = order[i];
      int[] da = docs[term];
      float[] wa = weights[term];
      float f = factor[term];
      for (int p = 0, len = lengths[term]; p < len; p++) {
        int d = da[p];
        if (state[d] == UNSEEN) {
          state[d] = TOUCHED;
          touched[s.touchedCount++] = d;
        }
        partial[d] += f * wa[p];
      }
      sinceRefresh += lengths[term];
      sinceCount += lengths[term];
    }
    double rest = remaining[i];
    for (int j = 0, m = s.touchedCount; j < m; j++) {
      int d = touched[j];
      if (state[d] == TOUCHED && partial[d] + rest + SLACK >= Math.min(cap, Math.max(floor, top.kthScore()))) {
        state[d] = SCORED;
        top.offer(d, exact.of(d));
      }
    }
    s.reset();
    return top;
  }

  private static int survivors(Scratch s, double keep) {
    float[] partial = s.partial;
    int[] touched = s.touched;
    int c = 0;
    for (int j = 0, m = s.touchedCount; j < m; j++) if (partial[touched[j]] >= keep) c++;
    return c;
  }

  /** Scores exactly the k documents with the best partial scores, so that the k-th exact score can prune. */
  private static void scoreBestPartials(int k, ExactScore exact, Scratch s, TopK top) {
    long[] heap = s.heap(k);
    float[] partial = s.partial;
    int[] touched = s.touched;
    int size = 0;
    for (int j = 0, m = s.touchedCount; j < m; j++) {
      int d = touched[j];
      // positive floats order as their bits do
      long key = ((long) Float.floatToIntBits(partial[d]) << 32) | d;
      if (size < k) {
        int x = size++;
        heap[x] = key;
        while (x > 0 && heap[(x - 1) >>> 1] > heap[x]) {
          int p = (x - 1) >>> 1;
          long tmp = heap[p];
          heap[p] = heap[x];
          heap[x] = tmp;
          x = p;
        }
      } else if (key > heap[0]) {
        heap[0] = key;
        int x = 0;
        while (true) {
          int l = 2 * x + 1, r = l + 1, min = x;
          if (l < k && heap[l] < heap[min]) min = l;
          if (r < k && heap[r] < heap[min]) min = r;
          if (min == x) break;
          long tmp = heap[min];
          heap[min] = heap[x];
          heap[x] = tmp;
          x = min;
        }
      }
    }
    for (int j = 0; j < size; j++) {
      int d = (int) heap[j];
      if (s.state[d] == TOUCHED) {
        s.state[d] = SCORED;
        top.offer(d, exact.of(d));
      }
    }
  }

  private static final byte UNSEEN = 0;
  private static final byte TOUCHED = 1;
  private static final byte SCORED = 2;

  /**
   * Per-thread arrays sized to the index, cleared after each query by walking the touched list. The touched list
   * is a plain array as long as the index (a document is touched at most once), so a query never grows it.
   */
  static final class Scratch {
    float[] partial = new float[0];
    byte[] state = new byte[0];
    int[] touched = new int[0];
    int touchedCount;
    private long[] heap = new long[0];

    void ensure(int docs) {
      if (partial.length < docs) {
        int cap = Math.max(docs, partial.length * 2);
        partial = Arrays.copyOf(partial, cap);
        state = Arrays.copyOf(state, cap);
        touched = Arrays.copyOf(touched, cap);
      }
    }

    long[] heap(int k) {
      if (heap.length < k) heap = new long[k];
      return heap;
    }

    void reset() {
      for (int j = 0; j < touchedCount; j++) {
        int d = touched[j];
        partial[d] = 0;
        state[d] = UNSEEN;
      }
      touchedCount = 0;
    }
  }
}
