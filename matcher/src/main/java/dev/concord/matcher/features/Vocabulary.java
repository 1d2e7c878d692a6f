package dev.concord.matcher.features;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.Arrays;
import java.util.List;

/**
 * Term ids and document frequencies over a set of documents (both sources together, so that IDF is symmetric),
 * and TF-IDF vectors built from them (sublinear tf, smoothed idf, L2-normalised).
 */
public final class Vocabulary {
  private final Object2IntOpenHashMap<String> ids = new Object2IntOpenHashMap<>();
  private final IntArrayList df = new IntArrayList();
  private int docs;
  private float[] idf;

  public Vocabulary() {
    ids.defaultReturnValue(-1);
  }

  /** Counts one document's distinct terms. Call for every document before {@link #freeze()}. */
  public void count(List<String> terms) {
    if (idf != null) throw new IllegalStateException("vocabulary is frozen");
    docs++;
    for (String t : new java.util.HashSet<>(terms)) {
      int id = ids.getInt(t);
      if (id < 0) {
        id = ids.size();
        ids.put(t, id);
        df.add(0);
      }
      df.set(id, df.getInt(id) + 1);
    }
  }

  public void freeze() {
    idf = new float[ids.size()];
    for (int t = 0; t < idf.length; t++) idf[t] = (float) (Math.log((docs + 1.0) / (df.getInt(t) + 1.0)) + 1.0);
  }

  public float[] idf() { return idf; }

  public int documentFrequency(String term) {
    int id = ids.getInt(term);
    return id < 0 ? 0 : df.getInt(id);
  }

  public int documents() { return docs; }

  /** TF-IDF vector of the terms; unknown terms are ignored. */
  public SparseVector vector(List<String> terms) {
    Int2IntOpenHashMap tf = new Int2IntOpenHashMap();
    for (String t : terms) {
      int id = ids.getInt(t);
      if (id >= 0) tf.addTo(id, 1);
    }
    if (tf.isEmpty()) return SparseVector.EMPTY;
    int[] keys = tf.keySet().toIntArray();
    Arrays.sort(keys);
    float[] w = new float[keys.length];
    double norm = 0;
    for (int i = 0; i < keys.length; i++) {
      w[i] = (float) ((1 + Math.log(tf.get(keys[i]))) * idf[keys[i]]);
      norm += (double) w[i] * w[i];
    }
    float inv = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < w.length; i++) w[i] *= inv;
    return new SparseVector(keys, w);
  }
}
