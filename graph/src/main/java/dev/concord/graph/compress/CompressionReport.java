package dev.concord.graph.compress;

import dev.concord.graph.GraphStats;

/** What compression removed, and the graph's size before and after. */
public record CompressionReport(GraphStats before, GraphStats after, int highFrequency, int oneSided, int degreeOne, int bridged) {
  @Override
  public String toString() {
    return "before " + before + "; after " + after + "; removed " + highFrequency + " high-df, " + oneSided
        + " one-sided, " + degreeOne + " degree-1 tokens, bridged " + bridged + " degree-2 tokens";
  }
}
