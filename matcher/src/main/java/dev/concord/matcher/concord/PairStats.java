package dev.concord.matcher.concord;

/**
 * Where a candidate pair came from: its lexical score and rank seen from the query (forward) and from the
 * reference item (backward); rank 0 means the pair was not in that direction's top k.
 */
record PairStats(int query, int reference, double forwardScore, int forwardRank, double backwardScore, int backwardRank) {
  double lexical() {
    return Math.max(forwardScore, backwardScore);
  }
}
