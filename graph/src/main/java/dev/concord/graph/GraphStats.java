package dev.concord.graph;

/** Node and edge counts of a graph, by kind. */
public record GraphStats(int items, int attributes, int tokens, int edges) {
  public int nodes() { return items + attributes + tokens; }

  @Override
  public String toString() {
    return nodes() + " nodes (" + items + " items, " + attributes + " attributes, " + tokens + " tokens), " + edges + " edges";
  }
}
