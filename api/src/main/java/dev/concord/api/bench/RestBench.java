package dev.concord.api.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load on {@code POST /v1/match}: requests leave at a fixed rate whatever the server does, and each
 * latency is measured from the moment its request was due, so that a stalled server shows up in the
 * percentiles instead of slowing the load down (no coordinated omission).
 */
public final class RestBench {
  /**
   * @param requests    requests sent in the measured phase
   * @param errors      of those, how many failed or got a non-200 answer
   * @param sentPerSec  rate at which requests actually left
   * @param cpuSeconds  CPU time of this process (server and load generator) over the measured phase
   */
  public record Result(long requests, long errors, double sentPerSec, double cpuSeconds, double p50Millis, double p99Millis,
                       double maxMillis) {}

  private RestBench() {}

  public static Result run(URI matchUri, Optional<String> apiKey, List<byte[]> bodies, double rate, Duration warmup,
                           Duration measured) {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    phase(client, matchUri, apiKey, bodies, rate, warmup, new LatencyStats(), new AtomicLong());
    LatencyStats stats = new LatencyStats();
    AtomicLong errors = new AtomicLong();
    long cpu0 = ProcessCpu.nanos();
    long started = System.nanoTime();
    long sent = phase(client, matchUri, apiKey, bodies, rate, measured, stats, errors);
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Result(sent, errors.get(), sent / seconds, (ProcessCpu.nanos() - cpu0) / 1e9, stats.percentileMillis(50),
        stats.percentileMillis(99), stats.maxMillis());
  }

  private static long phase(HttpClient client, URI uri, Optional<String> apiKey, List<byte[]> bodies, double rate, Duration length,
                            LatencyStats stats, AtomicLong errors) {
    long intervalNanos = (long) (1e9 / rate);
    long start = System.nanoTime();
    long total = length.toNanos() / intervalNanos;
    ConcurrentLinkedQueue<CompletableFuture<?>> inFlight = new ConcurrentLinkedQueue<>();
    for (long i = 0; i < total; i++) {
      long due = start + i * intervalNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) LockSupport.parkNanos(wait);
      HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get((int) (i % bodies.size()))));
      apiKey.ifPresent(k -> b.header("X-API-Key", k));
      inFlight.add(client.sendAsync(b.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
        stats.recordNanos(System.nanoTime() - due);
        if (e != null || r.statusCode() != 200) errors.incrementAndGet();
      }));
      if (i % 1000 == 0) inFlight.removeIf(CompletableFuture::isDone);
    }
    CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).handle((v, e) -> null).orTimeout(30, TimeUnit.SECONDS).join();
    return total;
  }
}
