package dev.concord.embeddings.graph;

/**
 * Wall-clock milliseconds of each fitting phase, and the CPU milliseconds the whole process spent in training
 * (all threads): on a shared machine the CPU time says more about a trainer's speed than the wall time.
 */
public record PhaseTimes(long graphMs, long expandMs, long compressMs, long walksMs, long trainingMs, long trainingCpuMs) {
  public long totalMs() { return graphMs + expandMs + compressMs + walksMs + trainingMs; }

  @Override
  public String toString() {
    return "graph " + graphMs + " ms, expand " + expandMs + " ms, compress " + compressMs + " ms, walks " + walksMs
        + " ms, training " + trainingMs + " ms (" + trainingCpuMs + " ms CPU)";
  }
}
