package dev.concord.embeddings.graph;

/**
 * BM25's term-frequency saturation {@code k1} and length normalisation {@code b}; {@link #ROBERTSON} are the
 * defaults of the probabilistic relevance framework (Robertson &amp; Zaragoza 2009), the values Lucene and most
 * BM25 implementations use.
 */
public record Saturation(double k1, double b) {
  public static final Saturation ROBERTSON = new Saturation(1.2, 0.75);

  public Saturation {
    if (!(k1 > 0) || !(b >= 0 && b <= 1)) throw new IllegalArgumentException("need k1 > 0 and b in [0, 1], was " + k1 + ", " + b);
  }
}
