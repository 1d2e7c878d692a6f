package dev.concord.books.candidates;

import dev.concord.books.spine.SpineText;
import dev.concord.books.spine.SpineView;
import dev.concord.matcher.TopK;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.Arrays;
import java.util.List;

/**
 * Character 3-gram TF-IDF cosine (binary term frequency) over catalogue records, held as one compressed
 * posting array: a 3-gram is packed into a long, postings are row positions. Grams found in more than
 * {@link #STOP_FRACTION} of a large catalogue's rows (" de", "la ") are skipped at query time: they cost most of the time and
 * carry almost no weight.
 */
public final class CharNgramIndex implements CandidateIndex {
  public static final int N = 3;
  /** Grams more frequent than this share of rows are stop grams... */
  public static final double STOP_FRACTION = 0.05;
  /** ...unless they are in fewer rows than this: a small catalogue has no stop grams. */
  public static final int STOP_MIN_ROWS = 1000;
  /**
   * Postings read, rarest grams first, after which a row sharing none of the grams read so far is no longer
   * admitted as a candidate (later grams only add to rows already admitted). A spine's book shares its rare
   * grams; rows sharing only common ones would not reach the top anyway, and admitting them is what costs time
   * in a catalogue of millions.
   */
  public static final int ADMISSION_BUDGET = 20_000;

  private final Long2IntOpenHashMap gramIds;
  private final int[] offsets;
  private final int[] postings;
  private final float[] idf;
  private final float[] norms;
  private final int stopDf;
  private final ThreadLocal<float[]> accumulators;

  private CharNgramIndex(Long2IntOpenHashMap gramIds, int[] offsets, int[] postings, float[] idf, float[] norms) {
    this.gramIds = gramIds;
    this.offsets = offsets;
    this.postings = postings;
    this.idf = idf;
    this.norms = norms;
    this.stopDf = (int) Math.max(STOP_MIN_ROWS, STOP_FRACTION * norms.length);
    this.accumulators = ThreadLocal.withInitial(() -> new float[norms.length]);
  }

  /** Builds the index over records' texts, position i for text i. */
  public static CharNgramIndex build(List<String> texts) {
    Long2IntOpenHashMap ids = new Long2IntOpenHashMap();
    ids.defaultReturnValue(-1);
    IntArrayList forward = new IntArrayList(texts.size() * 40);
    int[] docStart = new int[texts.size() + 1];
    IntArrayList df = new IntArrayList();
    for (int d = 0; d < texts.size(); d++) {
      docStart[d] = forward.size();
      for (long g : grams(SpineText.of(texts.get(d)).words())) {
        int id = ids.get(g);
        if (id < 0) {
          id = ids.size();
          ids.put(g, id);
          df.add(0);
        }
        df.set(id, df.getInt(id) + 1);
        forward.add(id);
      }
    }
    docStart[texts.size()] = forward.size();
    int grams = ids.size();
    int[] offsets = new int[grams + 1];
    for (int g = 0; g < grams; g++) offsets[g + 1] = offsets[g] + df.getInt(g);
    int[] fill = Arrays.copyOf(offsets, grams);
    int[] postings = new int[forward.size()];
    float[] idf = new float[grams];
    for (int g = 0; g < grams; g++) idf[g] = idfOf(texts.size(), df.getInt(g));
    float[] norms = new float[texts.size()];
    int[] f = forward.elements();
    for (int d = 0; d < texts.size(); d++) {
      double sq = 0;
      for (int p = docStart[d]; p < docStart[d + 1]; p++) {
        int g = f[p];
        postings[fill[g]++] = d;
        sq += (double) idf[g] * idf[g];
      }
      norms[d] = (float) Math.sqrt(sq);
    }
    ids.trim();
    return new CharNgramIndex(ids, offsets, postings, idf, norms);
  }

  private static float idfOf(int docs, int df) {
    return (float) (Math.log((docs + 1.0) / (df + 1.0)) + 1.0);
  }

  /** Distinct 3-grams of the words joined by single spaces and padded with a space at both ends. */
  static long[] grams(List<String> words) {
    if (words.isEmpty()) return new long[0];
    String s = " " + String.join(" ", words) + " ";
    LongOpenHashSet out = new LongOpenHashSet(s.length());
    for (int i = 0; i + N <= s.length(); i++) {
      out.add(((long) s.charAt(i) << 32) | ((long) s.charAt(i + 1) << 16) | s.charAt(i + 2));
    }
    return out.toLongArray();
  }

  @Override
  public int[] candidates(SpineView spine, int k) {
    long[] q = grams(spine.words());
    int[] qIds = new int[q.length];
    int m = 0;
    double qNorm = 0;
    for (long g : q) {
      int id = gramIds.get(g);
      // grams unknown to the catalogue still count in the query norm: a spine of noise scores low everywhere
      float w = id >= 0 ? idf[id] : idfOf(norms.length, 0);
      qNorm += (double) w * w;
      if (id >= 0 && offsets[id + 1] - offsets[id] <= stopDf) qIds[m++] = id;
    }
    if (m == 0) return new int[0];
    int[] order = rarestFirst(qIds, m);
    float[] acc = accumulators.get();
    IntArrayList touched = new IntArrayList();
    long read = 0;
    for (int j = 0; j < m; j++) {
      int g = order[j];
      float w = idf[g] * idf[g];
      boolean admit = read < ADMISSION_BUDGET;
      for (int p = offsets[g], end = offsets[g + 1]; p < end; p++) {
        int d = postings[p];
        if (acc[d] == 0) {
          if (!admit) continue;
          touched.add(d);
        }
        acc[d] += w;
      }
      read += offsets[g + 1] - offsets[g];
    }
    TopK top = new TopK(k);
    double inv = 1 / Math.sqrt(qNorm);
    for (int i = 0; i < touched.size(); i++) {
      int d = touched.getInt(i);
      top.offer(d, acc[d] * inv / norms[d]);
      acc[d] = 0;
    }
    return top.indicesDescending();
  }

  private int[] rarestFirst(int[] ids, int m) {
    Integer[] boxed = new Integer[m];
    for (int i = 0; i < m; i++) boxed[i] = ids[i];
    Arrays.sort(boxed, (a, b) -> Integer.compare(offsets[a + 1] - offsets[a], offsets[b + 1] - offsets[b]));
    int[] out = new int[m];
    for (int i = 0; i < m; i++) out[i] = boxed[i];
    return out;
  }

  @Override
  public long sizeInBytes() {
    return 4L * postings.length + 4L * offsets.length + 4L * idf.length + 4L * norms.length + 24L * gramIds.size();
  }
}
