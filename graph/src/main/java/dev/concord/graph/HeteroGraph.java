package dev.concord.graph;

import dev.concord.core.ItemKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The heterogeneous graph of TDmatch ("Unsupervised Matching of Data and Text", ICDE 2022): item, attribute
 * and token nodes in one undirected weighted JGraphT graph. Expansion adds token-token edges, compression
 * removes nodes; walks run over a {@link dev.concord.graph.walk.CsrGraph} snapshot of it.
 */
public final class HeteroGraph {
  private final Graph<Node, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
  private final Map<Node, ItemKey> items = new LinkedHashMap<>();
  private final Map<String, Integer> corpusIndex = new HashMap<>();

  /** The underlying JGraphT graph, for algorithms and inspection; mutate it only through this class. */
  public Graph<Node, DefaultWeightedEdge> view() { return graph; }

  public Node addItem(ItemKey key) {
    Node n = Node.item(key);
    if (graph.addVertex(n)) {
      items.put(n, key);
      corpusIndex.putIfAbsent(key.corpus(), corpusIndex.size());
    }
    return n;
  }

  /** Adds both nodes if missing and an edge between them; an existing edge keeps the larger weight. */
  public void connect(Node a, Node b, double weight) {
    if (a.equals(b)) return;
    graph.addVertex(a);
    graph.addVertex(b);
    DefaultWeightedEdge e = graph.getEdge(a, b);
    if (e == null) {
      e = graph.addEdge(a, b);
      graph.setEdgeWeight(e, weight);
    } else if (graph.getEdgeWeight(e) < weight) {
      graph.setEdgeWeight(e, weight);
    }
  }

  public boolean contains(Node n) { return graph.containsVertex(n); }

  public boolean hasEdge(Node a, Node b) { return graph.containsEdge(a, b); }

  public double weight(Node a, Node b) {
    DefaultWeightedEdge e = graph.getEdge(a, b);
    if (e == null) throw new IllegalArgumentException("no edge " + a + " - " + b);
    return graph.getEdgeWeight(e);
  }

  public void setWeight(Node a, Node b, double weight) {
    graph.setEdgeWeight(graph.getEdge(a, b), weight);
  }

  public void remove(Node n) {
    graph.removeVertex(n);
    items.remove(n);
  }

  public List<Node> neighbours(Node n) { return Graphs.neighborListOf(graph, n); }

  public int degree(Node n) { return graph.degreeOf(n); }

  /** Item nodes in insertion order. */
  public List<Node> itemNodes() { return new ArrayList<>(items.keySet()); }

  public ItemKey itemKey(Node itemNode) {
    ItemKey k = items.get(itemNode);
    if (k == null) throw new IllegalArgumentException("not an item node of this graph: " + itemNode);
    return k;
  }

  /** A small index (0, 1, ...) per corpus, in the order corpora first appeared. */
  public int corpusIndexOf(Node itemNode) { return corpusIndex.get(itemKey(itemNode).corpus()); }

  public int corpusCount() { return corpusIndex.size(); }

  public List<Node> tokenNodes() {
    return graph.vertexSet().stream().filter(Node::isToken).toList();
  }

  public List<Node> nodes() { return new ArrayList<>(graph.vertexSet()); }

  /** Number of item neighbours of a node: the document frequency of a token. */
  public int itemDegree(Node n) {
    int d = 0;
    for (DefaultWeightedEdge e : graph.edgesOf(n)) if (Graphs.getOppositeVertex(graph, e, n).isItem()) d++;
    return d;
  }

  public GraphStats stats() {
    int it = 0, at = 0, tok = 0;
    for (Node n : graph.vertexSet()) {
      switch (n.kind()) {
        case ITEM -> it++;
        case ATTRIBUTE -> at++;
        case TOKEN -> tok++;
      }
    }
    return new GraphStats(it, at, tok, graph.edgeSet().size());
  }
}
