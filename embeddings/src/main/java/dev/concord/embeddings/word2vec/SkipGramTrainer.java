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
 * noise drawn from the unigram distribution to the power 0.75, a window shrunk at random per position, linear
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
    int[] noise = noiseTable(counts);
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
    int dims = o.dimensions();
    SplittableRandom rnd = new SplittableRandom(seed);
    float[] grad = new float[dims];
    int[] sentence = new int[walks.maxLength()];
    long local = 0;
    for (int epoch = 0; epoch < o.epochs(); epoch++) {
      for (int w = from; w < to; w++) {
        int len = 0;
        for (int i = 0; i < walks.length(w); i++) {
          int v = walks.node(w, i);
          if (keep[v] >= 1f || keep[v] > rnd.nextFloat()) sentence[len++] = v;
        }
        local += walks.length(w);
        if (local > 10_000) {
          done.addAndGet(local);
          local = 0;
        }
        float alpha = (float) Math.max(o.learningRate() * 1e-4, o.learningRate() * (1 - done.get() / (planned + 1.0)));
        for (int pos = 0; pos < len; pos++) {
          int center = sentence[pos];
          int b = rnd.nextInt(o.window());
          for (int c = pos - o.window() + b; c <= pos + o.window() - b; c++) {
            if (c < 0 || c >= len || c == pos) continue;
            int context = sentence[c];
            int l1 = context * dims;
            java.util.Arrays.fill(grad, 0f);
            for (int d = 0; d <= o.negative(); d++) {
              int target;
              float label;
              if (d == 0) {
                target = center;
                label = 1f;
              } else {
                target = noise[rnd.nextInt(noise.length)];
                if (target == center) continue;
                label = 0f;
              }
              int l2 = target * dims;
              float f = dot(in, l1, out, l2, dims);
              float g;
              if (f > MAX_EXP) g = (label - 1f) * alpha;
              else if (f < -MAX_EXP) g = label * alpha;
              else g = (label - SIGMOID[Math.min(SIGMOID_TABLE - 1, (int) ((f + MAX_EXP) * (SIGMOID_TABLE / MAX_EXP / 2)))]) * alpha;
              for (int k = 0; k < dims; k++) grad[k] += g * out[l2 + k];
              for (int k = 0; k < dims; k++) out[l2 + k] += g * in[l1 + k];
            }
            for (int k = 0; k < dims; k++) in[l1 + k] += grad[k];
          }
        }
      }
    }
    done.addAndGet(local);
  }

  /** Four running sums: the JIT does not vectorise a float reduction, but it overlaps independent ones. */
  private static float dot(float[] a, int i, float[] b, int j, int n) {
    float s0 = 0f, s1 = 0f, s2 = 0f, s3 = 0f;
    int k = 0;
    for (; k + 3 < n; k += 4) {
      s0 += a[i + k] * b[j + k];
      s1 += a[i + k + 1] * b[j + k + 1];
      s2 += a[i + k + 2] * b[j + k + 2];
      s3 += a[i + k + 3] * b[j + k + 3];
    }
    for (; k < n; k++) s0 += a[i + k] * b[j + k];
    return (s0 + s1) + (s2 + s3);
  }

  /** Node indexes repeated in proportion to count^0.75. */
  static int[] noiseTable(long[] counts) {
    double norm = 0;
    for (long c : counts) norm += Math.pow(c, 0.75);
    int size = (int) Math.min(20_000_000L, Math.max(1_000_000L, 50L * counts.length));
    int[] table = new int[size];
    int v = 0;
    while (v < counts.length - 1 && counts[v] == 0) v++;
    double cum = Math.pow(counts[v], 0.75) / norm;
    for (int i = 0; i < size; i++) {
      table[i] = v;
      if ((i + 1.0) / size > cum && v < counts.length - 1) {
        do v++; while (v < counts.length - 1 && counts[v] == 0);
        cum += Math.pow(counts[v], 0.75) / norm;
      }
    }
    return table;
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
