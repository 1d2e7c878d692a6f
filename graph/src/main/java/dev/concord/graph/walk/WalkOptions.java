package dev.concord.graph.walk;

/**
 * How random walks are taken.
 *
 * <p>The number of walks per start node is either fixed ({@code tokenBudget} 0) or set by a budget of walk tokens:
 * {@code clamp(tokenBudget / (start nodes x length), walksPerNode, maxWalksPerNode)}. A budget spends the
 * skip-gram trainer's time, which grows with walk tokens, the same way on every graph: a small graph gets up to
 * {@code maxWalksPerNode} walks per node, a large one no fewer than {@code walksPerNode}.
 *
 * @param walksPerNode    walks started from every start node; with a budget, the fewest
 * @param length          nodes per walk, the start included
 * @param weighted        choose the next node with probability proportional to the edge weight (else uniformly)
 * @param threads         worker threads
 * @param seed            the walks depend on this seed only, not on the thread count or scheduling
 * @param tokenBudget     walk tokens to aim at (0: no budget, {@code walksPerNode} walks from every start node)
 * @param maxWalksPerNode with a budget, the most walks per start node
 */
public record WalkOptions(int walksPerNode, int length, boolean weighted, int threads, long seed, long tokenBudget, int maxWalksPerNode) {
  public WalkOptions {
    if (walksPerNode < 1) throw new IllegalArgumentException("walksPerNode must be >= 1, was " + walksPerNode);
    if (length < 2) throw new IllegalArgumentException("length must be >= 2, was " + length);
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    if (tokenBudget < 0) throw new IllegalArgumentException("tokenBudget must be >= 0, was " + tokenBudget);
    if (maxWalksPerNode < walksPerNode) {
      throw new IllegalArgumentException("maxWalksPerNode (" + maxWalksPerNode + ") must be >= walksPerNode (" + walksPerNode + ")");
    }
  }

  /** A fixed number of walks from every start node, no budget. */
  public WalkOptions(int walksPerNode, int length, boolean weighted, int threads, long seed) {
    this(walksPerNode, length, weighted, threads, seed, 0, walksPerNode);
  }

  /** Walks per start node for a graph with this many start nodes. */
  public int walksPerNode(int startNodes) {
    if (tokenBudget == 0 || startNodes == 0) return walksPerNode;
    long fit = tokenBudget / ((long) startNodes * length);
    return (int) Math.max(walksPerNode, Math.min(maxWalksPerNode, fit));
  }
}
