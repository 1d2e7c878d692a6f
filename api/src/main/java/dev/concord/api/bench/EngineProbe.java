package dev.concord.api.bench;

import dev.concord.api.service.SharedEngine;
import dev.concord.core.Corpus;
import dev.concord.core.Item;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The engine's own cost, without Kafka, PostgreSQL or HTTP: milliseconds per ranked query on one thread, wall and
 * CPU time. It bounds what any service around the engine can reach (about cores / cost queries per second); the
 * CPU figure is the one to read on a machine shared with other work.
 */
public final class EngineProbe {
  /** Per query: {@code wallMillis} elapsed, {@code cpuMillis} of this thread's CPU time. */
  public record Cost(double wallMillis, double cpuMillis) {}

  private EngineProbe() {}

  /**
   * Ranks the sample twice (the first pass warms the JIT up) for the top {@code k} scoring at least
   * {@code minScore}, and returns the second pass's cost per query.
   */
  public static Cost perQuery(SharedEngine engine, Corpus sample, int k, double minScore) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Cost cost = null;
    for (int pass = 0; pass < 2; pass++) {
      long t0 = System.nanoTime();
      long c0 = threads.getCurrentThreadCpuTime();
      for (Item q : sample) engine.candidates(q, k, minScore);
      int n = Math.max(1, sample.size());
      cost = new Cost((System.nanoTime() - t0) / 1e6 / n, (threads.getCurrentThreadCpuTime() - c0) / 1e6 / n);
    }
    return cost;
  }
}
