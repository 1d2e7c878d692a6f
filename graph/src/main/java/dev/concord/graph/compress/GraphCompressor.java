package dev.concord.graph.compress;

import dev.concord.graph.GraphStats;
import dev.concord.graph.HeteroGraph;
import dev.concord.graph.Node;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes token nodes that carry no matching signal, in the order: high document frequency, one-sided,
 * degree one, degree-two bridges. The last is TDmatch's compression of a path a - t - b into an edge a - b
 * (weight: the weaker of the two edges), which keeps the connection and shortens walks.
 */
public final class GraphCompressor {
  private final CompressOptions options;

  public GraphCompressor(CompressOptions options) {
    this.options = options;
  }

  public CompressionReport compress(HeteroGraph g) {
    GraphStats before = g.stats();
    int high = dropHighFrequency(g);
    int oneSided = options.oneSided() != OneSidedTokens.KEEP && g.corpusCount() > 1 ? dropOneSided(g, options.oneSided()) : 0;
    int degreeOne = options.dropDegreeOne() ? dropDegreeOne(g) : 0;
    int bridged = options.bridgeDegreeTwo() ? bridgeDegreeTwo(g) : 0;
    return new CompressionReport(before, g.stats(), high, oneSided, degreeOne, bridged);
  }

  /**
   * Drops a token that is frequent in every corpus it occurs in. A token frequent among the queries but rare
   * among the references ("confirmed" in most claims, in a third of the rows) still tells references apart.
   */
  private int dropHighFrequency(HeteroGraph g) {
    if (options.maxDocumentFraction() >= 1) return 0;
    int[] sizes = new int[g.corpusCount()];
    for (Node item : g.itemNodes()) sizes[g.corpusIndexOf(item)]++;
    int removed = 0;
    int[] df = new int[sizes.length];
    for (Node t : g.tokenNodes()) {
      java.util.Arrays.fill(df, 0);
      for (Node nb : g.neighbours(t)) if (nb.isItem()) df[g.corpusIndexOf(nb)]++;
      boolean frequentEverywhere = false;
      for (int c = 0; c < df.length; c++) {
        if (df[c] == 0) continue;
        if (df[c] <= options.maxDocumentFraction() * sizes[c]) {
          frequentEverywhere = false;
          break;
        }
        frequentEverywhere = true;
      }
      if (frequentEverywhere) {
        g.remove(t);
        removed++;
      }
    }
    return removed;
  }

  private int dropOneSided(HeteroGraph g, OneSidedTokens rule) {
    int kept = rule == OneSidedTokens.KEEP_LAST_CORPUS ? 1 << Math.min(30, g.corpusCount() - 1) : 0;
    List<Node> tokens = g.tokenNodes();
    Map<Node, Integer> direct = new HashMap<>(tokens.size() * 2);
    for (Node t : tokens) {
      int mask = 0;
      for (Node nb : g.neighbours(t)) if (nb.isItem()) mask |= 1 << Math.min(30, g.corpusIndexOf(nb));
      direct.put(t, mask);
    }
    // two rounds through token-token edges: a bucket node reaches items through the number tokens it links
    Map<Node, Integer> reach = direct;
    for (int round = 0; round < 2; round++) {
      Map<Node, Integer> next = new HashMap<>(reach);
      for (Node t : tokens) {
        int mask = reach.get(t);
        for (Node nb : g.neighbours(t)) if (nb.isToken()) mask |= reach.get(nb);
        next.put(t, mask);
      }
      reach = next;
    }
    int removed = 0;
    for (Node t : tokens) {
      int mask = reach.get(t);
      if (Integer.bitCount(mask) < 2 && mask != kept) {
        g.remove(t);
        removed++;
      }
    }
    return removed;
  }

  private static int dropDegreeOne(HeteroGraph g) {
    int removed = 0;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Node t : g.tokenNodes()) {
        if (g.degree(t) <= 1) {
          g.remove(t);
          removed++;
          changed = true;
        }
      }
    }
    return removed;
  }

  private static int bridgeDegreeTwo(HeteroGraph g) {
    int bridged = 0;
    for (Node t : g.tokenNodes()) {
      if (!g.contains(t) || g.degree(t) != 2) continue;
      List<Node> nb = g.neighbours(t);
      Node a = nb.get(0);
      Node b = nb.get(1);
      double w = Math.min(g.weight(t, a), g.weight(t, b));
      g.remove(t);
      g.connect(a, b, w);
      bridged++;
    }
    return bridged;
  }
}
