package dev.concord.matcher.bm25;

/**
 * Okapi BM25's term weight (Robertson &amp; Zaragoza, 2009) with the usual defaults k1 = 1.2 and b = 0.75, shared by
 * every scorer that ranks by BM25 so that they weigh a term alike.
 */
public final class Bm25Weight {
  public static final double K1 = 1.2;
  public static final double B = 0.75;

  private Bm25Weight() {}

  /** The weight of a term seen {@code tf} times in a document of {@code length} tokens, against the mean length. */
  public static double of(double idf, double tf, double length, double meanLength) {
    return idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / meanLength));
  }

  /** The most a query term can add (its weight as tf grows without bound): a query's scores over its ceiling lie in [0, 1]. */
  public static double ceiling(double idf) {
    return idf * (K1 + 1);
  }
}
