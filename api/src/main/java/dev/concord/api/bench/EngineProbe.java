package dev.concord.api.bench;

import dev.concord.api.service.SharedEngine;
import dev.concord.core.Corpus;
import dev.concord.core.Item;

/**
 * The engine's own cost, without Kafka, PostgreSQL or HTTP: milliseconds per ranked query on one thread. It
 * bounds what any service around the engine can reach (about cores / cost queries per second).
 */
public final class EngineProbe {
  private EngineProbe() {}

  /** Ranks the sample twice (the first pass warms the JIT up) and returns the second pass's ms per query. */
  public static double millisPerQuery(SharedEngine engine, Corpus sample, int k) {
    double ms = 0;
    for (int pass = 0; pass < 2; pass++) {
      long t0 = System.nanoTime();
      for (Item q : sample) engine.candidates(q, k);
      ms = (System.nanoTime() - t0) / 1e6 / Math.max(1, sample.size());
    }
    return ms;
  }
}
