package dev.concord.api.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load on {@code POST /v1/match}: requests leave at a fixed rate whatever the server does, and each
 * latency is measured from the moment its request was due, so that a stalled server shows up in the
 * percentiles instead of slowing the load down (no coordinated omission).
 */
public final class RestBench {
  /** Keep-alive connections of the load generator: enough that a slow answer rarely holds up a later request. */
  static final int CONNECTIONS = 64;
  private static final Duration DRAIN = Duration.ofSeconds(30);

  /**
   * @param requests    requests sent in the measured phase
   * @param errors      of those, how many failed, got a non-200 answer or none within 30 s of the phase's end
   * @param sentPerSec  rate at which requests actually left
   * @param cpuSeconds  CPU time of this process (server and load generator) over the measured phase
   */
  public record Result(long requests, long errors, double sentPerSec, double cpuSeconds, double p50Millis, double p99Millis,
                       double maxMillis) {}

  private RestBench() {}

  public static Result run(URI matchUri, Optional<String> apiKey, List<byte[]> bodies, double rate, Duration warmup,
                           Duration measured) {
    try (PipelinedHttpLoad load = new PipelinedHttpLoad(matchUri, apiKey, bodies, CONNECTIONS)) {
      phase(load, rate, warmup, new LatencyStats(), new AtomicLong());
      LatencyStats stats = new LatencyStats();
      AtomicLong errors = new AtomicLong();
      long cpu0 = ProcessCpu.nanos();
      long started = System.nanoTime();
      long sent = phase(load, rate, measured, stats, errors);
      double seconds = (System.nanoTime() - started) / 1e9;
      double cpu = (ProcessCpu.nanos() - cpu0) / 1e9;
      errors.addAndGet(load.outstanding());
      return new Result(sent, errors.get(), sent / seconds, cpu, stats.percentileMillis(50), stats.percentileMillis(99), stats.maxMillis());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach " + matchUri, e);
    }
  }

  /** Sends at {@code rate} for {@code length}, then waits (up to 30 s) for the answers. */
  private static long phase(PipelinedHttpLoad load, double rate, Duration length, LatencyStats stats, AtomicLong errors) {
    long intervalNanos = (long) (1e9 / rate);
    long start = System.nanoTime();
    long total = length.toNanos() / intervalNanos;
    PipelinedHttpLoad.Outcome record = (latency, ok) -> {
      stats.recordNanos(latency);
      if (!ok) errors.incrementAndGet();
    };
    for (long i = 0; i < total; i++) {
      long due = start + i * intervalNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) LockSupport.parkNanos(wait);
      load.send(due, record);
    }
    long deadline = System.nanoTime() + DRAIN.toNanos();
    while (load.outstanding() > 0 && System.nanoTime() < deadline) LockSupport.parkNanos(1_000_000);
    return total;
  }
}
