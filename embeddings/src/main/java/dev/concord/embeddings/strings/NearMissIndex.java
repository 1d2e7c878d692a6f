package dev.concord.embeddings.strings;

import dev.concord.embeddings.features.HashedFeatures;
import dev.concord.embeddings.features.NgramHasher;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the strings of a list most similar to a query under TF-IDF cosine of character 3-grams: where the
 * trainer looks for mutual best matches between two sources and for near-miss (hard) negatives.
 */
final class NearMissIndex {
  static final NgramHasher TRIGRAMS = new NgramHasher(20, 3, 3, 0);

  private final int size;
  private final float[] idf;
  private final int[][] postingDocs;
  private final float[][] postingWeights;
  private final int maxPosting;
  private final List<HashedFeatures> docs;
  private final float[][] docWeights;

  /** A neighbour: its position in the indexed list and its cosine. */
  record Hit(int index, float score) {}

  NearMissIndex(List<HashedFeatures> docs, float[] idf) {
    this.size = docs.size();
    this.idf = idf;
    this.maxPosting = Math.max(100, docs.size() / 100);
    this.docs = docs;
    this.docWeights = new float[docs.size()][];
    int buckets = TRIGRAMS.buckets();
    int[] df = new int[buckets];
    for (HashedFeatures f : docs) for (int b : f.buckets()) df[b]++;
    postingDocs = new int[buckets][];
    postingWeights = new float[buckets][];
    int[] fill = new int[buckets];
    for (int b = 0; b < buckets; b++) {
      if (df[b] > 0) {
        postingDocs[b] = new int[df[b]];
        postingWeights[b] = new float[df[b]];
      }
    }
    for (int d = 0; d < docs.size(); d++) {
      HashedFeatures f = docs.get(d);
      float[] w = weights(f);
      docWeights[d] = w;
      for (int i = 0; i < f.size(); i++) {
        int b = f.buckets()[i];
        postingDocs[b][fill[b]] = d;
        postingWeights[b][fill[b]++] = w[i];
      }
    }
  }

  /** IDF of every trigram bucket over all the strings given, so both sides of a pair weigh grams alike. */
  static float[] idfOf(List<List<HashedFeatures>> corpora) {
    int[] df = new int[TRIGRAMS.buckets()];
    int n = 0;
    for (List<HashedFeatures> c : corpora) {
      for (HashedFeatures f : c) for (int b : f.buckets()) df[b]++;
      n += c.size();
    }
    float[] idf = new float[df.length];
    for (int b = 0; b < df.length; b++) idf[b] = (float) (Math.log((n + 1.0) / (df[b] + 1.0)) + 1);
    return idf;
  }

  float[] weights(HashedFeatures f) {
    float[] w = new float[f.size()];
    double norm = 0;
    for (int i = 0; i < w.length; i++) {
      w[i] = StringModel.weight(f.counts()[i], idf[f.buckets()[i]]);
      norm += w[i] * w[i];
    }
    float inv = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
    for (int i = 0; i < w.length; i++) w[i] *= inv;
    return w;
  }

  /**
   * The k best neighbours of a query, best first, leaving out position {@code exclude} (or -1): the best
   * {@code 4k} by the cosine over the less common grams, then re-ranked by the exact cosine.
   */
  Hit[] nearest(HashedFeatures query, int k, int exclude, float[] acc, IntArrayList touched) {
    float[] w = weights(query);
    Hit[] rough = roughNearest(query, w, 4 * k, exclude, acc, touched);
    Hit[] exact = new Hit[rough.length];
    for (int i = 0; i < rough.length; i++) {
      int d = rough[i].index();
      exact[i] = new Hit(d, dot(query.buckets(), w, docs.get(d).buckets(), docWeights[d]));
    }
    Arrays.sort(exact, (a, b) -> a.score() != b.score() ? Float.compare(b.score(), a.score()) : Integer.compare(a.index(), b.index()));
    return Arrays.copyOf(exact, Math.min(k, exact.length));
  }

  /** Dot product of two sparse vectors with sorted bucket arrays. */
  private static float dot(int[] ba, float[] wa, int[] bb, float[] wb) {
    float s = 0;
    for (int i = 0, j = 0; i < ba.length && j < bb.length; ) {
      if (ba[i] == bb[j]) s += wa[i++] * wb[j++];
      else if (ba[i] < bb[j]) i++;
      else j++;
    }
    return s;
  }

  private Hit[] roughNearest(HashedFeatures query, float[] w, int k, int exclude, float[] acc, IntArrayList touched) {
    for (int i = 0; i < w.length; i++) {
      int b = query.buckets()[i];
      int[] docs = postingDocs[b];
      // grams in a large share of strings barely move a cosine but dominate the cost of a query
      if (docs == null || docs.length > maxPosting) continue;
      float[] pw = postingWeights[b];
      for (int p = 0; p < docs.length; p++) {
        int d = docs[p];
        if (acc[d] == 0) touched.add(d);
        acc[d] += w[i] * pw[p];
      }
    }
    Hit[] best = new Hit[0];
    int[] idx = new int[k];
    float[] sc = new float[k];
    int n = 0;
    for (int t = 0; t < touched.size(); t++) {
      int d = touched.getInt(t);
      float s = acc[d];
      acc[d] = 0;
      if (d == exclude) continue;
      if (n < k || s > sc[n - 1]) {
        int pos = n < k ? n++ : k - 1;
        while (pos > 0 && sc[pos - 1] < s) {
          sc[pos] = sc[pos - 1];
          idx[pos] = idx[pos - 1];
          pos--;
        }
        sc[pos] = s;
        idx[pos] = d;
      }
    }
    touched.clear();
    best = new Hit[n];
    for (int i = 0; i < n; i++) best[i] = new Hit(idx[i], sc[i]);
    return best;
  }

  int size() { return size; }

  /** A scratch accumulator sized for this index. */
  float[] scratch() {
    float[] a = new float[size];
    Arrays.fill(a, 0f);
    return a;
  }
}
