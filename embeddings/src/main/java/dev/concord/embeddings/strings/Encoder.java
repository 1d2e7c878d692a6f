package dev.concord.embeddings.strings;

/**
 * A learned string similarity: strings to unit vectors whose cosine measures how likely two strings name the same
 * entity, with a calibrated match probability. Implementations are immutable and thread-safe.
 */
public interface Encoder {
  /** A unit vector for the string (all zeros when the string has no letters or digits). */
  float[] encode(String text);

  /** Cosine of the two strings' vectors, in [-1, 1]. */
  default double similarity(String a, String b) {
    return similarity(encode(a), encode(b));
  }

  /** Cosine of two vectors from {@link #encode(String)}. */
  default double similarity(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

  /** The calibrated probability that the two strings name the same entity. */
  default double matchProbability(String a, String b) {
    return probabilityOf(similarity(a, b));
  }

  /** The calibrated match probability of a cosine. */
  double probabilityOf(double similarity);

  /** Name and version of the model, as written into links. */
  String version();
}
