package dev.concord.embeddings.word2vec;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Kernels} in SIMD lanes with the JDK's incubating Vector API. Loaded only when the module is present, so
 * the rest of the trainer runs without it. Two accumulators in the dot product hide the latency of the fused
 * multiply-add; tails shorter than a lane run as plain loops.
 */
final class SimdKernels {
  private SimdKernels() {}

  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  private static final int L = S.length();

  static float dot(float[] a, int i, float[] b, int j, int n) {
    FloatVector s0 = FloatVector.zero(S);
    FloatVector s1 = FloatVector.zero(S);
    int k = 0;
    for (; k + 2 * L <= n; k += 2 * L) {
      s0 = FloatVector.fromArray(S, a, i + k).fma(FloatVector.fromArray(S, b, j + k), s0);
      s1 = FloatVector.fromArray(S, a, i + k + L).fma(FloatVector.fromArray(S, b, j + k + L), s1);
    }
    for (; k + L <= n; k += L) s0 = FloatVector.fromArray(S, a, i + k).fma(FloatVector.fromArray(S, b, j + k), s0);
    float s = s0.add(s1).reduceLanes(VectorOperators.ADD);
    for (; k < n; k++) s += a[i + k] * b[j + k];
    return s;
  }

  static void firstStep(float g, float[] in, int l1, float[] out, int l2, float[] grad, int n) {
    FloatVector gv = FloatVector.broadcast(S, g);
    int k = 0;
    for (; k + L <= n; k += L) {
      FloatVector o = FloatVector.fromArray(S, out, l2 + k);
      o.mul(gv).intoArray(grad, k);
      FloatVector.fromArray(S, in, l1 + k).fma(gv, o).intoArray(out, l2 + k);
    }
    for (; k < n; k++) {
      float o = out[l2 + k];
      grad[k] = g * o;
      out[l2 + k] = o + g * in[l1 + k];
    }
  }

  static void step(float g, float[] in, int l1, float[] out, int l2, float[] grad, int n) {
    FloatVector gv = FloatVector.broadcast(S, g);
    int k = 0;
    for (; k + L <= n; k += L) {
      FloatVector o = FloatVector.fromArray(S, out, l2 + k);
      o.fma(gv, FloatVector.fromArray(S, grad, k)).intoArray(grad, k);
      FloatVector.fromArray(S, in, l1 + k).fma(gv, o).intoArray(out, l2 + k);
    }
    for (; k < n; k++) {
      float o = out[l2 + k];
      grad[k] += g * o;
      out[l2 + k] = o + g * in[l1 + k];
    }
  }

  static void add(float[] grad, float[] in, int l1, int n) {
    int k = 0;
    for (; k + L <= n; k += L) {
      FloatVector.fromArray(S, in, l1 + k).add(FloatVector.fromArray(S, grad, k)).intoArray(in, l1 + k);
    }
    for (; k < n; k++) in[l1 + k] += grad[k];
  }
}
