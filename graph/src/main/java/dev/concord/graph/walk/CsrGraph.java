package dev.concord.graph.walk;

import dev.concord.graph.HeteroGraph;
import dev.concord.graph.Node;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * An immutable compressed-sparse-row snapshot of a {@link HeteroGraph}: node {@code v}'s neighbours are
 * {@code targets[offsets[v] .. offsets[v+1])}, with running sums of the edge weights beside them so that a
 * weighted step is one binary search. Walks run on this, not on JGraphT's per-vertex edge sets.
 */
public final class CsrGraph {
  private final Node[] nodes;
  private final Map<Node, Integer> index;
  private final int[] offsets;
  private final int[] targets;
  private final float[] cumulativeWeights;

  private CsrGraph(Node[] nodes, Map<Node, Integer> index, int[] offsets, int[] targets, float[] cumulativeWeights) {
    this.nodes = nodes;
    this.index = index;
    this.offsets = offsets;
    this.targets = targets;
    this.cumulativeWeights = cumulativeWeights;
  }

  /** Snapshots the graph; items come first (in insertion order), then the other nodes. */
  public static CsrGraph of(HeteroGraph hetero) {
    Graph<Node, DefaultWeightedEdge> g = hetero.view();
    List<Node> items = hetero.itemNodes();
    Node[] nodes = new Node[g.vertexSet().size()];
    Map<Node, Integer> index = new HashMap<>(nodes.length * 2);
    int n = 0;
    for (Node v : items) {
      nodes[n] = v;
      index.put(v, n++);
    }
    for (Node v : g.vertexSet()) {
      if (!v.isItem()) {
        nodes[n] = v;
        index.put(v, n++);
      }
    }
    int[] offsets = new int[n + 1];
    for (int v = 0; v < n; v++) offsets[v + 1] = offsets[v] + g.degreeOf(nodes[v]);
    int[] targets = new int[offsets[n]];
    float[] cum = new float[offsets[n]];
    for (int v = 0; v < n; v++) {
      int p = offsets[v];
      float sum = 0;
      for (DefaultWeightedEdge e : g.edgesOf(nodes[v])) {
        targets[p] = index.get(Graphs.getOppositeVertex(g, e, nodes[v]));
        sum += (float) g.getEdgeWeight(e);
        cum[p++] = sum;
      }
    }
    return new CsrGraph(nodes, Map.copyOf(index), offsets, targets, cum);
  }

  public int nodeCount() { return nodes.length; }

  public int edgeEndCount() { return targets.length; }

  public Node node(int v) { return nodes[v]; }

  public Optional<Integer> indexOf(Node n) { return Optional.ofNullable(index.get(n)); }

  public int degree(int v) { return offsets[v + 1] - offsets[v]; }

  /** The i-th neighbour of v. */
  public int neighbour(int v, int i) { return targets[offsets[v] + i]; }

  public boolean adjacent(int a, int b) {
    for (int p = offsets[a]; p < offsets[a + 1]; p++) if (targets[p] == b) return true;
    return false;
  }

  /** The neighbour of v chosen by u in [0,1), with probability proportional to edge weight; v must have one. */
  int weightedNeighbour(int v, double u) {
    int lo = offsets[v];
    int hi = offsets[v + 1] - 1;
    float x = (float) (u * cumulativeWeights[hi]);
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulativeWeights[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return targets[lo];
  }
}
