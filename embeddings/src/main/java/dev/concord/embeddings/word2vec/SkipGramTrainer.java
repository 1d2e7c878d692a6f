package dev.concord.embeddings.word2vec;

import dev.concord.graph.walk.Walks;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A plain-Java skip-gram trainer with negative sampling, following word2vec's C code (Mikolov et al., 2013):
 * noise drawn from the unigram distribution to the power 0.75 (from an alias table), a window shrunk at random per position, linear
 * learning-rate decay, frequent-word down-sampling, and lock-free parallel updates (Hogwild). It works on node
 * indexes directly, with no vocabulary of strings.
 */
public final class SkipGramTrainer implements WalkEncoder {
  private static final int SIGMOID_TABLE = 1000;
  private static final float MAX_EXP = 6f;
  private static final float[] SIGMOID = new float[SIGMOID_TABLE];

  static {
    for (int i = 0; i < SIGMOID_TABLE; i++) {
      double x = (i / (double) SIGMOID_TABLE * 2 - 1) * MAX_EXP;
      SIGMOID[i] = (float) (1 / (1 + Math.exp(-x)));
    }
  }

  @Override
  public String name() { return "sgns"; }

  @Override
  public VectorTable encode(Walks walks, Word2VecOptions o) {
    int n = walks.nodeCount();
    int dims = o.dimensions();
    long[] counts = new long[n];
    for (int w = 0; w < walks.count(); w++) for (int i = 0; i < walks.length(w); i++) counts[walks.node(w, i)]++;
    long total = walks.tokenCount();
    int[] noise = aliasTable(counts);
    float[] keep = keepProbabilities(counts, total, o.sample());
    float[] in = new float[n * dims];
    float[] out = new float[n * dims];
    SplittableRandom init = new SplittableRandom(o.seed());
    for (int i = 0; i < in.length; i++) in[i] = (float) ((init.nextDouble() - 0.5) / dims);
    AtomicLong done = new AtomicLong();
    long planned = total * o.epochs();
    int per = (walks.count() + o.threads() - 1) / o.threads();
    ExecutorService pool = Executors.newFixedThreadPool(o.threads());
    try {
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < o.threads(); t++) {
        int from = t * per;
        int to = Math.min(walks.count(), from + per);
        long seed = o.seed() + 7919L * (t + 1);
        parts.add(pool.submit(() -> train(walks, from, to, o, in, out, noise, keep, done, planned, seed)));
      }
      for (Future<?> f : parts) f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while training", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("skip-gram training failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    for (int v = 0; v < n; v++) if (counts[v] == 0) java.util.Arrays.fill(in, v * dims, (v + 1) * dims, 0f);
    return new VectorTable(in, n, dims);
  }

  private static void train(Walks walks, int from, int to, Word2VecOptions o, float[] in, float[] out, int[] noise,
      float[] keep, AtomicLong done, long planned, long seed) {
    final int dims = o.dimensions();
    final int window = o.window();
    final int negative = o.negative();
    final int noiseSize = noise.length / 2;
    final double rate = o.learningRate();
    final int[] nodes = walks.nodes();
    final int stride = walks.maxLength();
    SplittableRandom rnd = new SplittableRandom(seed);
    float[] grad = new float[dims];
    int[] sentence = new int[stride];
    long local = 0;
    for (int epoch = 0; epoch < o.epochs(); epoch++) {
      for (int w = from; w < to; w++) {
        int len = 0;
        int walkLength = walks.length(w);
        for (int i = 0, at = w * stride; i < walkLength; i++, at++) {
          int v = nodes[at];
          float k = keep[v];
          if (k >= 1f || k > rnd.nextFloat()) sentence[len++] = v;
        }
        local += walkLength;
        if (local > 10_000) {
          done.addAndGet(local);
          local = 0;
        }
        float alpha = (float) Math.max(rate * 1e-4, rate * (1 - done.get() / (planned + 1.0)));
        for (int pos = 0; pos < len; pos++) {
          int center = sentence[pos];
          int l2c = center * dims;
          int b = rnd.nextInt(window);
          int lo = Math.max(0, pos - window + b);
          int hi = Math.min(len - 1, pos + window - b);
          for (int c = lo; c <= hi; c++) {
            if (c == pos) continue;
            int l1 = sentence[c] * dims;
            // the positive pair writes the gradient (no zeroing pass), the noise pairs add to it
            Kernels.firstStep(gradient(Kernels.dot(in, l1, out, l2c, dims), 1f, alpha), in, l1, out, l2c, grad, dims);
            for (int d = 0; d < negative; d++) {
              int target = drawNoise(noise, noiseSize, rnd.nextLong());
              if (target == center) continue;
              int l2 = target * dims;
              Kernels.step(gradient(Kernels.dot(in, l1, out, l2, dims), 0f, alpha), in, l1, out, l2, grad, dims);
            }
            Kernels.add(grad, in, l1, dims);
          }
        }
      }
    }
    done.addAndGet(local);
  }

  /** (label - sigmoid(f)) * alpha, from the table; word2vec's C code clips at +-MAX_EXP the same way. */
  private static float gradient(float f, float label, float alpha) {
    if (f >= MAX_EXP) return (label - 1f) * alpha;
    if (f <= -MAX_EXP) return label * alpha;
    return (label - SIGMOID[Math.min(SIGMOID_TABLE - 1, (int) ((f + MAX_EXP) * (SIGMOID_TABLE / MAX_EXP / 2)))]) * alpha;
  }

  /**
   * Walker's alias table (Vose's construction) of the unigram distribution to the power 0.75: entry i holds
   * {@code [threshold, alias]}, and a draw takes node i when a uniform 31-bit number falls under the threshold,
   * else its alias. Exact where word2vec's table of 1e8 repeated indexes rounds, and two ints a node instead of
   * a table of millions: a noise draw reads one cache line of a table that fits in L2, not a random line of megabytes.
   */
  static int[] aliasTable(long[] counts) {
    int n = counts.length;
    double norm = 0;
    for (long c : counts) norm += Math.pow(c, 0.75);
    double[] p = new double[n];
    int[] small = new int[n];
    int[] large = new int[n];
    int ns = 0, nl = 0;
    for (int v = 0; v < n; v++) {
      p[v] = Math.pow(counts[v], 0.75) * n / norm;
      if (p[v] < 1) small[ns++] = v;
      else large[nl++] = v;
    }
    int[] table = new int[2 * n];
    while (ns > 0 && nl > 0) {
      int s = small[--ns];
      int l = large[--nl];
      table[2 * s] = (int) Math.round(p[s] * 0x1p31);
      table[2 * s + 1] = l;
      p[l] = p[l] + p[s] - 1;
      if (p[l] < 1) small[ns++] = l;
      else large[nl++] = l;
    }
    // what is left has probability 1 up to rounding: it is its own alias
    while (nl > 0) aliasSelf(table, large[--nl]);
    while (ns > 0) aliasSelf(table, small[--ns]);
    return table;
  }

  private static void aliasSelf(int[] table, int v) {
    table[2 * v] = Integer.MAX_VALUE;
    table[2 * v + 1] = v;
  }

  /** One noise node from an {@link #aliasTable}: the high half of a random long picks the entry, the low half decides. */
  static int drawNoise(int[] table, int n, long r) {
    int i = (int) (((r >>> 32) * n) >>> 32);
    return ((int) r & 0x7fffffff) < table[2 * i] ? i : table[2 * i + 1];
  }

  /** word2vec's keep probability (sqrt(f / (s T)) + 1) (s T) / f, capped at 1. */
  static float[] keepProbabilities(long[] counts, long total, double sample) {
    float[] keep = new float[counts.length];
    for (int v = 0; v < counts.length; v++) {
      if (sample <= 0 || counts[v] == 0) {
        keep[v] = 1f;
      } else {
        double st = sample * total;
        keep[v] = (float) Math.min(1.0, (Math.sqrt(counts[v] / st) + 1) * st / counts[v]);
      }
    }
    return keep;
  }
}
