package dev.concord.matcher.strings;

import dev.concord.core.Explanation;

/** A similarity of a query string and a reference string, in [0, 1], with the features behind it. */
interface PairSimilarity {
  double score(String query, String reference);

  Explanation explain(String query, String reference, double score);

  /** Makes the similarity aware of a reference string added after fitting (corpus statistics stay fixed). */
  default void addReference(String reference) {}
}
