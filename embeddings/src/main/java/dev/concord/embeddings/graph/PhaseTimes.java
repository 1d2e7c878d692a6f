package dev.concord.embeddings.graph;

/** Wall-clock milliseconds of each fitting phase. */
public record PhaseTimes(long graphMs, long expandMs, long compressMs, long walksMs, long trainingMs) {
  public long totalMs() { return graphMs + expandMs + compressMs + walksMs + trainingMs; }

  @Override
  public String toString() {
    return "graph " + graphMs + " ms, expand " + expandMs + " ms, compress " + compressMs + " ms, walks " + walksMs
        + " ms, training " + trainingMs + " ms";
  }
}
