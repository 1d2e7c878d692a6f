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
 * Character 3-gram TF-IDF cosine (binary term frequency) over catalogue records, held as one compressed posting
 * array: a 3-gram is packed into a long, postings are row positions. Grams found in more than
 * {@link #STOP_FRACTION} of a large catalogue's rows (" de", "la ") are skipped at query time: they cost most of
 * the time and carry almost no weight.
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
  public static final int ADMISSION_BUDGET = 60_000;

  private final Long2IntOpenHashMap gramIds;
  private final int[] offsets;
  private final int[] postings;
  private final float[] idf;
  private final float[] norms;
  private final int stopDf;
  private final int admissionBudget;
  private final ThreadLocal<Scratch> scratch;

  /** Per-thread working memory of a query, sized once by the index: no query allocates catalogue-sized arrays. */
  private static final class Scratch {
    final float[] partial;
    final long[] admitted;
    final IntArrayList rows = new IntArrayList();

    Scratch(int rows) {
      partial = new float[rows];
      admitted = new long[(rows + 63) >>> 6];
    }
  }

  private CharNgramIndex(Long2IntOpenHashMap gramIds, int[] offsets, int[] postings, float[] idf, float[] norms,
      int admissionBudget) {
    this.gramIds = gramIds;
    this.offsets = offsets;
    this.postings = postings;
    this.idf = idf;
    this.norms = norms;
    this.stopDf = (int) Math.max(STOP_MIN_ROWS, STOP_FRACTION * norms.length);
    this.admissionBudget = admissionBudget;
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(norms.length));
  }

  /** Adds rows one at a time, in position order (not thread-safe), then builds the index once. */
  public static final class Builder {
    private final Long2IntOpenHashMap ids = new Long2IntOpenHashMap();
    private final IntArrayList df = new IntArrayList();
    private final IntArrayList forward;
    private final IntArrayList rowStart;

    /** @param expectedRows rows expected, to size the arrays once */
    public Builder(int expectedRows) {
      ids.defaultReturnValue(-1);
      forward = new IntArrayList(Math.max(16, expectedRows) * 40);
      rowStart = new IntArrayList(expectedRows + 1);
      rowStart.add(0);
    }

    /** The next row's distinct grams (see {@link CharNgramIndex#grams}). */
    public void add(long[] rowGrams) {
      for (long g : rowGrams) {
        int id = ids.get(g);
        if (id < 0) {
          id = ids.size();
          ids.put(g, id);
          df.add(0);
        }
        df.set(id, df.getInt(id) + 1);
        forward.add(id);
      }
      rowStart.add(forward.size());
    }

    public CharNgramIndex build() {
      return build(ADMISSION_BUDGET);
    }

    /** With another admission budget: lets a test show the budget at work on a small catalogue. */
    CharNgramIndex build(int admissionBudget) {
      int rows = rowStart.size() - 1;
      int grams = ids.size();
      int[] offsets = new int[grams + 1];
      for (int g = 0; g < grams; g++) offsets[g + 1] = offsets[g] + df.getInt(g);
      int[] fill = Arrays.copyOf(offsets, grams);
      int[] postings = new int[forward.size()];
      float[] idf = new float[grams];
      for (int g = 0; g < grams; g++) idf[g] = idfOf(rows, df.getInt(g));
      float[] norms = new float[rows];
      int[] f = forward.elements();
      int[] start = rowStart.toIntArray();
      for (int d = 0; d < rows; d++) {
        double sq = 0;
        for (int p = start[d]; p < start[d + 1]; p++) {
          int g = f[p];
          postings[fill[g]++] = d;
          sq += (double) idf[g] * idf[g];
        }
        norms[d] = (float) Math.sqrt(sq);
      }
      ids.trim();
      return new CharNgramIndex(ids, offsets, postings, idf, norms, admissionBudget);
    }
  }

  private static float idfOf(int docs, int df) {
    return (float) (Math.log((docs + 1.0) / (df + 1.0)) + 1.0);
  }

  /** Distinct 3-grams of the words joined by single spaces and padded with a space at both ends. */
  public static long[] grams(List<String> words) {
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
    // (document frequency << 32 | gram id): sorting these puts the rarest grams first, ties by id
    long[] byRarity = new long[q.length];
    int m = 0;
    double qNorm = 0;
    for (long g : q) {
      int id = gramIds.get(g);
      // grams unknown to the catalogue still count in the query norm: a spine of noise scores low everywhere
      float w = id >= 0 ? idf[id] : idfOf(norms.length, 0);
      qNorm += (double) w * w;
      int df = id >= 0 ? offsets[id + 1] - offsets[id] : 0;
      if (id >= 0 && df <= stopDf) byRarity[m++] = ((long) df << 32) | id;
    }
    if (m == 0) return new int[0];
    Arrays.sort(byRarity, 0, m);
    Scratch s = scratch.get();
    IntArrayList rows = s.rows;
    long read = 0;
    for (int j = 0; j < m; j++) {
      int g = (int) byRarity[j];
      float w = idf[g] * idf[g];
      int start = offsets[g];
      int end = offsets[g + 1];
      if (read < admissionBudget) {
        for (int p = start; p < end; p++) {
          int d = postings[p];
          long bit = 1L << d;
          if ((s.admitted[d >>> 6] & bit) == 0) {
            s.admitted[d >>> 6] |= bit;
            rows.add(d);
          }
          s.partial[d] += w;
        }
      } else {
        // past the budget only admitted rows gain; the bit set is small enough to stay in cache, the scores are not
        for (int p = start; p < end; p++) {
          int d = postings[p];
          if ((s.admitted[d >>> 6] & (1L << d)) != 0) s.partial[d] += w;
        }
      }
      read += end - start;
    }
    TopK top = new TopK(k);
    double inv = 1 / Math.sqrt(qNorm);
    for (int i = 0, n = rows.size(); i < n; i++) {
      int d = rows.getInt(i);
      top.offer(d, s.partial[d] * inv / norms[d]);
      s.partial[d] = 0;
      s.admitted[d >>> 6] = 0;
    }
    rows.clear();
    return top.indicesDescending();
  }

  @Override
  public long sizeInBytes() {
    return 4L * postings.length + 4L * offsets.length + 4L * idf.length + 4L * norms.length + 24L * gramIds.size();
  }
}
