package dev.concord.embeddings.word2vec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SIMD loops compute what the plain loops compute, at lane multiples and with tails, at any row offset. */
class KernelsTest {
  private static float[] random(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] a = new float[n];
    for (int i = 0; i < n; i++) a[i] = (float) (r.nextDouble() - 0.5);
    return a;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 8, 13, 16, 64, 100, 300})
  void simdLoopsMatchThePlainLoops(int n) {
    assumeTrue(Kernels.SIMD, "the tests run with --add-modules jdk.incubator.vector (surefire argLine)");
    int l1 = 3 * n, l2 = 5 * n;
    float[] in = random(8 * n, 1), out = random(8 * n, 2);
    float g = 0.0173f;
    assertThat(SimdKernels.dot(in, l1, out, l2, n)).isCloseTo(Kernels.plainDot(in, l1, out, l2, n), within(1e-5f));

    float[] inA = in.clone(), outA = out.clone(), gradA = new float[n];
    float[] inB = in.clone(), outB = out.clone(), gradB = new float[n];
    SimdKernels.firstStep(g, inA, l1, outA, l2, gradA, n);
    SimdKernels.step(-g, inA, l1, outA, l1 + n, gradA, n);
    SimdKernels.add(gradA, inA, l1, n);
    for (int k = 0; k < n; k++) {
      float o = outB[l2 + k];
      gradB[k] = g * o;
      outB[l2 + k] = o + g * inB[l1 + k];
    }
    for (int k = 0; k < n; k++) {
      float o = outB[l1 + n + k];
      gradB[k] += -g * o;
      outB[l1 + n + k] = o + -g * inB[l1 + k];
    }
    for (int k = 0; k < n; k++) inB[l1 + k] += gradB[k];
    for (int i = 0; i < in.length; i++) {
      assertThat(inA[i]).isCloseTo(inB[i], within(1e-6f));
      assertThat(outA[i]).isCloseTo(outB[i], within(1e-6f));
    }
  }
}
