package dev.concord.graph.walk;

/**
 * A set of walks of at most {@code maxLength} node indexes each, stored flat: walk {@code w} is
 * {@code nodes[w * maxLength .. w * maxLength + lengths[w])}. A walk stops early at a node without neighbours.
 */
public record Walks(int[] nodes, int[] lengths, int maxLength, int nodeCount) {
  public int count() { return lengths.length; }

  public int length(int w) { return lengths[w]; }

  public int node(int w, int i) { return nodes[w * maxLength + i]; }

  /** Total nodes over all walks: the number of "words" a skip-gram model trains on. */
  public long tokenCount() {
    long n = 0;
    for (int l : lengths) n += l;
    return n;
  }
}
