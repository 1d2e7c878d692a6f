package dev.concord.graph.expand;

import dev.concord.graph.HeteroGraph;

/**
 * Adds knowledge to the matching graph, as TDmatch's expansion step does with ConceptNet and DBpedia; here
 * from the graph's own tokens (or a local file), since external knowledge bases are not reachable.
 */
public interface Expander {
  String name();

  /** Adds edges (and possibly nodes) to the graph; returns how many edges were added. */
  int expand(HeteroGraph graph);
}
