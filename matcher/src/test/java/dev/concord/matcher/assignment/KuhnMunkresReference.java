package dev.concord.matcher.assignment;

import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import java.util.HashSet;
import java.util.Set;

/** JGraphT's Kuhn-Munkres on a square matrix: the reference our solvers are checked against. */
public final class KuhnMunkresReference {
  private KuhnMunkresReference() {}

  public static double minimalCost(double[][] cost) {
    int n = cost.length;
    Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    Set<Integer> rows = new HashSet<>();
    Set<Integer> cols = new HashSet<>();
    for (int i = 0; i < n; i++) {
      g.addVertex(i);
      rows.add(i);
      g.addVertex(n + i);
      cols.add(n + i);
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        DefaultWeightedEdge e = g.addEdge(i, n + j);
        g.setEdgeWeight(e, cost[i][j]);
      }
    }
    MatchingAlgorithm.Matching<Integer, DefaultWeightedEdge> m =
        new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(g, rows, cols).getMatching();
    return m.getWeight();
  }
}
