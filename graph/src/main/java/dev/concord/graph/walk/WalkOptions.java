package dev.concord.graph.walk;

/**
 * How random walks are taken.
 *
 * @param walksPerNode walks started from every start node
 * @param length       nodes per walk, the start included
 * @param weighted     choose the next node with probability proportional to the edge weight (else uniformly)
 * @param threads      worker threads
 * @param seed         the walks depend on this seed only, not on the thread count or scheduling
 */
public record WalkOptions(int walksPerNode, int length, boolean weighted, int threads, long seed) {
  public WalkOptions {
    if (walksPerNode < 1) throw new IllegalArgumentException("walksPerNode must be >= 1, was " + walksPerNode);
    if (length < 2) throw new IllegalArgumentException("length must be >= 2, was " + length);
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
  }
}
