package dev.concord.graph.compress;

/**
 * What {@link GraphCompressor} removes.
 *
 * @param maxDocumentFraction tokens linked to more than this share of the items of every corpus they occur in
 *                            are dropped: a token in most items tells them apart less than its absence does
 *                            (1 keeps all)
 * @param oneSided            what to do with tokens that reach items of one corpus only (directly or through one
 *                            token-token edge)
 * @param dropDegreeOne       drop tokens with a single neighbour (repeated until none is left)
 * @param bridgeDegreeTwo     replace a token with exactly two neighbours by a direct edge between them (TDmatch)
 */
public record CompressOptions(double maxDocumentFraction, OneSidedTokens oneSided, boolean dropDegreeOne, boolean bridgeDegreeTwo) {
  public static final CompressOptions DEFAULT = new CompressOptions(0.5, OneSidedTokens.DROP, true, true);
  public static final CompressOptions NONE = new CompressOptions(1.0, OneSidedTokens.KEEP, false, false);

  public CompressOptions {
    java.util.Objects.requireNonNull(oneSided, "oneSided");
    if (!(maxDocumentFraction > 0 && maxDocumentFraction <= 1)) {
      throw new IllegalArgumentException("maxDocumentFraction must be in (0,1], was " + maxDocumentFraction);
    }
  }
}
