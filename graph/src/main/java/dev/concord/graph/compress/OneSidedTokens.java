package dev.concord.graph.compress;

/** What compression does with tokens that reach the items of one corpus only (they cannot bridge two sources). */
public enum OneSidedTokens {
  /** Keep them all (TDmatch). */
  KEEP,
  /** Drop them all: smallest graph, but queries lose the words that tie similar queries together. */
  DROP,
  /**
   * Keep those of the last corpus (the queries, as the graph scorer orders the corpora), drop the others. A word
   * only queries use ties queries that are worded alike (claims about one row), which helps place a short query;
   * a word only references use links references to each other, never a query to a reference, and on a large
   * reference corpus of long texts such words are most of the graph and absorb the walks.
   */
  KEEP_LAST_CORPUS
}
