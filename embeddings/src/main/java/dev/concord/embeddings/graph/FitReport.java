package dev.concord.embeddings.graph;

import dev.concord.graph.compress.CompressionReport;
import java.util.Map;

/**
 * What fitting a graph embedding did and how long each phase took.
 *
 * @param walksPerNode walks taken from each start node (fixed, or set by the walk-token budget)
 */
public record FitReport(Map<String, Integer> expandedEdges, CompressionReport compression, int walksPerNode, long walkTokens, PhaseTimes times) {
  public FitReport {
    expandedEdges = Map.copyOf(expandedEdges);
  }

  /** Skip-gram throughput: walk tokens (times epochs) per second of training. */
  public double walkTokensPerSecond(int epochs) {
    return times.trainingMs() == 0 ? 0 : walkTokens * (double) epochs * 1000.0 / times.trainingMs();
  }

  /** Skip-gram throughput per CPU second of the training phase. */
  public double walkTokensPerCpuSecond(int epochs) {
    return times.trainingCpuMs() == 0 ? 0 : walkTokens * (double) epochs * 1000.0 / times.trainingCpuMs();
  }

  @Override
  public String toString() {
    return "expanded " + expandedEdges + "; " + compression + "; " + walksPerNode + " walks per node, " + walkTokens + " walk tokens; " + times;
  }
}
