package dev.concord.embeddings.word2vec;

/**
 * The three vector loops of skip-gram with negative sampling (word2vec's C code, Mikolov et al., 2013): the dot
 * product of a context row and an output row, the fused update of the gradient and the output row, and the final
 * add of the gradient into the context row. They are nearly all of the trainer's time.
 *
 * <p>With the JDK's incubating Vector API on the module path ({@code --add-modules jdk.incubator.vector}, as the
 * {@code concord} script and the tests run), {@link SimdKernels} does them in SIMD lanes (8 floats on AVX2):
 * the JIT vectorises the update loops of the plain code by itself, but not the dot product, a float reduction it
 * must keep in order. Without the module, or with {@code -Dconcord.graph.simd=false}, the plain loops run. The two
 * paths sum in different orders, so their vectors differ in the last bits; each is deterministic on one thread.
 */
final class Kernels {
  private Kernels() {}

  /** Whether the SIMD path is in use (constant for the JIT). */
  static final boolean SIMD = Boolean.parseBoolean(System.getProperty("concord.graph.simd", "true"))
      && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

  static float dot(float[] a, int i, float[] b, int j, int n) {
    return SIMD ? SimdKernels.dot(a, i, b, j, n) : plainDot(a, i, b, j, n);
  }

  /** grad = g * out[l2..]; out[l2..] += g * in[l1..] (the first pair of a context: no zeroing of grad first). */
  static void firstStep(float g, float[] in, int l1, float[] out, int l2, float[] grad, int n) {
    if (SIMD) {
      SimdKernels.firstStep(g, in, l1, out, l2, grad, n);
      return;
    }
    for (int k = 0; k < n; k++) {
      float o = out[l2 + k];
      grad[k] = g * o;
      out[l2 + k] = o + g * in[l1 + k];
    }
  }

  /** grad += g * out[l2..]; out[l2..] += g * in[l1..], in one pass over the output row. */
  static void step(float g, float[] in, int l1, float[] out, int l2, float[] grad, int n) {
    if (SIMD) {
      SimdKernels.step(g, in, l1, out, l2, grad, n);
      return;
    }
    for (int k = 0; k < n; k++) {
      float o = out[l2 + k];
      grad[k] += g * o;
      out[l2 + k] = o + g * in[l1 + k];
    }
  }

  /** in[l1..] += grad. */
  static void add(float[] grad, float[] in, int l1, int n) {
    if (SIMD) {
      SimdKernels.add(grad, in, l1, n);
      return;
    }
    for (int k = 0; k < n; k++) in[l1 + k] += grad[k];
  }

  /** Four running sums: the JIT does not vectorise a float reduction, but it overlaps independent ones. */
  static float plainDot(float[] a, int i, float[] b, int j, int n) {
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
}
