package dev.concord.api.cli;

import dev.concord.api.bench.EngineProbe;
import dev.concord.api.bench.RestBench;
import dev.concord.api.bench.StreamBench;
import dev.concord.api.bench.SyntheticItems;
import dev.concord.api.rest.RestServer;
import dev.concord.api.rest.RestSettings;
import dev.concord.api.service.Infrastructure;
import dev.concord.api.service.JobsFolder;
import dev.concord.api.service.LinkageService;
import dev.concord.api.service.ReconcileJobs;
import dev.concord.api.service.ServiceSettings;
import dev.concord.api.service.SharedEngine;
import dev.concord.api.store.Json;
import dev.concord.ingest.message.ItemMessages;
import dev.concord.api.stream.Topics;
import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.matcher.EngineConfig;
import dev.concord.matcher.FitContext;
import dev.concord.matcher.MatchEngine;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code concord bench stream|rest}: throughput and latency of the service on a synthetic 100k-item register. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure the service: `bench stream` (items/s and end-to-end latency) or `bench rest` (POST /v1/match latency at a fixed rate).",
    subcommands = {BenchCommand.Stream.class, BenchCommand.Rest.class})
public final class BenchCommand {

  /** Options both benches share. */
  static class Common {
    @Option(names = "--reference-size", defaultValue = "100000", description = "synthetic reference items (default ${DEFAULT-VALUE})")
    int referenceSize;
    @Option(names = "--scorer", defaultValue = "lexical", description = "scorer to fit (default ${DEFAULT-VALUE})") String scorer;
    @Option(names = "--seed", defaultValue = "42", description = "seed of the synthetic data (default ${DEFAULT-VALUE})") long seed;
    @Option(names = "--db", description = "JDBC URL of a PostgreSQL (default: an embedded one in a temporary folder)") String db;
    @Spec CommandSpec spec;

    PrintWriter out() { return spec.commandLine().getOut(); }

    static Path tempDir() throws IOException {
      return Files.createTempDirectory("concord-bench");
    }

    static void delete(Path dir) throws IOException {
      try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }

    static String machine() {
      return Runtime.getRuntime().availableProcessors() + " cores, max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB";
    }
  }

  @Command(name = "stream", mixinStandardHelpOptions = true,
      description = "Sustained items/s of the stream app on a backlog, then end-to-end latency at a fixed rate.")
  static final class Stream extends Common implements Callable<Integer> {
    @Option(names = "--items", defaultValue = "20000", description = "items in the throughput phase (default ${DEFAULT-VALUE})") int items;
    @Option(names = "--warmup-items", defaultValue = "20000",
        description = "items streamed and persisted before anything is measured, so the JIT has compiled the paths (default ${DEFAULT-VALUE})")
    int warmupItems;
    @Option(names = "--latency-rate", description = "items/s in the latency phase (default: half the measured sustained throughput)")
    Double latencyRate;
    @Option(names = "--latency-seconds", defaultValue = "10", description = "length of the latency phase (default ${DEFAULT-VALUE})")
    int latencySeconds;
    @Option(names = "--threads", defaultValue = "2", description = "stream threads (default ${DEFAULT-VALUE})") int threads;
    @Option(names = "--partitions", defaultValue = "2", description = "partitions of the bench topics (default ${DEFAULT-VALUE})") int partitions;
    @Option(names = "--kafka", description = "bootstrap servers of a Kafka cluster (default: an in-process broker)") String kafka;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = out();
      String run = UUID.randomUUID().toString().substring(0, 8);
      Corpus reference = SyntheticItems.reference("bench-register", referenceSize, seed);
      Corpus sample = SyntheticItems.queries("bench-sample", reference, 2000, seed + 1);
      Corpus warmup = SyntheticItems.queries("bench-w-" + run, reference, warmupItems, seed + 5);
      Corpus backlog = SyntheticItems.queries("bench-q-" + run, reference, items, seed + 2);
      Path dir = tempDir();
      Topics topics = new Topics("bench-items-" + run, "bench-links-" + run, "bench-dead-" + run);
      ServiceSettings s = new ServiceSettings(dir, dir.resolve("jobs"), Optional.ofNullable(kafka), Optional.ofNullable(db), scorer, 10, 1,
          OptionalDouble.empty(), topics, "concord-bench-" + run, "bench", partitions, threads, Optional.empty());
      out.printf(Locale.ROOT, "bench stream: %d synthetic reference items, %d warm-up items, a backlog of %d items, then a fixed rate for %d s; %d stream threads, %d partitions; %s%n",
          referenceSize, warmupItems, items, latencySeconds, threads, partitions, machine());
      out.flush();
      long fit0 = System.nanoTime();
      try (LinkageService svc = LinkageService.start(s, reference, sample)) {
        out.printf(Locale.ROOT, "service up in %.1f s (store the register, fit %s, start Kafka Streams); index size %d, threshold %.3f%n",
            (System.nanoTime() - fit0) / 1e9, svc.engine().modelVersion(), svc.engine().referenceSize(), svc.policy().threshold());
        EngineProbe.Cost asStreamed = EngineProbe.perQuery(svc.engine(), sample, svc.policy().maxLinks(), svc.policy().threshold());
        EngineProbe.Cost top10 = EngineProbe.perQuery(svc.engine(), sample, 10, Double.NEGATIVE_INFINITY);
        out.printf(Locale.ROOT, "engine alone, one thread: %.3f ms per query (%.3f ms CPU) as the stream ranks (top %d scoring >= %.3f); "
                + "%.3f ms (%.3f ms CPU) for the top 10%n", asStreamed.wallMillis(), asStreamed.cpuMillis(), svc.policy().maxLinks(),
            svc.policy().threshold(), top10.wallMillis(), top10.cpuMillis());
        out.flush();
        StreamBench.Result r = StreamBench.run(svc, warmup, backlog, rate -> {
          double chosen = latencyRate != null ? latencyRate : Math.max(1, Math.floor(rate / 2));
          return SyntheticItems.queries("bench-l-" + run, reference, (int) (chosen * latencySeconds), seed + 3);
        }, latencySeconds);
        out.printf(Locale.ROOT, "throughput: %d items in, %.0f items/s overall, %.0f items/s sustained (10%%-90%%); all links in PostgreSQL after %.1f s; "
                + "%.1f s CPU of this process (%.3f ms per item; PostgreSQL not counted)%n",
            r.items(), r.itemsPerSec(), r.steadyPerSec(), r.persistedSeconds(), r.cpuSeconds(), 1000 * r.cpuSeconds() / r.items());
        out.printf(Locale.ROOT, "end-to-end latency at %.0f items/s (send -> committed link on %s): p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d links timed)%n",
            r.latencyRate(), topics.links(), r.p50Millis(), r.p99Millis(), r.maxMillis(), r.latencySamples());
        out.printf(Locale.ROOT, "index size %d reference items; target: >= 5000 items/s sustained -> %s%n", svc.engine().referenceSize(),
            r.steadyPerSec() >= 5000 ? "met" : "NOT met");
      } finally {
        delete(dir);
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "rest", mixinStandardHelpOptions = true,
      description = "Latency of POST /v1/match at a fixed request rate (open loop).")
  static final class Rest extends Common implements Callable<Integer> {
    @Option(names = "--rate", defaultValue = "500", description = "requests per second (default ${DEFAULT-VALUE})") double rate;
    @Option(names = "--seconds", defaultValue = "20", description = "measured seconds (default ${DEFAULT-VALUE})") int seconds;
    @Option(names = "--warmup", defaultValue = "30",
        description = "seconds of load before measuring, so that the JIT has compiled the paths (default ${DEFAULT-VALUE})") int warmup;
    @Option(names = "--k", defaultValue = "10", description = "candidates per request (default ${DEFAULT-VALUE})") int k;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = out();
      Corpus reference = SyntheticItems.reference("bench-register", referenceSize, seed);
      Corpus queries = SyntheticItems.queries("request", reference, 5000, seed + 4);
      List<byte[]> bodies = queries.items().stream().map(BenchCommand::matchBody).toList();
      out.printf(Locale.ROOT, "bench rest: %d synthetic reference items, %.0f requests/s for %d s after %d s warm-up, k=%d; %s%n",
          referenceSize, rate, seconds, warmup, k, machine());
      out.flush();
      long fit0 = System.nanoTime();
      MatchEngine engine = MatchEngine.fit(new EngineConfig(scorer, dev.concord.matcher.MatchMode.MANY_TO_ONE, k, OptionalDouble.empty()),
          reference, new Corpus("none", List.of(), List.of()), FitContext.DEFAULT);
      SharedEngine shared = new SharedEngine(engine, reference);
      double fitSeconds = (System.nanoTime() - fit0) / 1e9;
      EngineProbe.Cost cost = EngineProbe.perQuery(shared, queries, k, Double.NEGATIVE_INFINITY);
      out.printf(Locale.ROOT, "fitted %s on %d items in %.1f s; engine alone: %.3f ms per query (%.3f ms CPU) on one thread%n",
          engine.method(), shared.referenceSize(), fitSeconds, cost.wallMillis(), cost.cpuMillis());
      out.flush();
      Path dir = tempDir();
      try (Infrastructure infra = Infrastructure.start(dir, Optional.empty(), false, Optional.ofNullable(db));
           ReconcileJobs jobs = new ReconcileJobs(infra.database(), JobsFolder.at(dir.resolve("jobs")));
           RestServer server = RestServer.start(new RestSettings("127.0.0.1", 0, RestSettings.DEFAULT_MAX_REQUEST_BYTES, Optional.empty()),
               shared, infra.database(), jobs, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), () -> "absent")) {
        URI uri = URI.create("http://127.0.0.1:" + server.port() + "/v1/match?k=" + k);
        RestBench.Result r = RestBench.run(uri, Optional.empty(), bodies, rate, Duration.ofSeconds(warmup), Duration.ofSeconds(seconds));
        out.printf(Locale.ROOT, "POST /v1/match: %d requests at %.0f/s (%d errors): p50 %.2f ms, p99 %.2f ms, max %.1f ms; "
                + "%.1f s CPU of this process (server and load generator, %.3f ms per request)%n",
            r.requests(), r.sentPerSec(), r.errors(), r.p50Millis(), r.p99Millis(), r.maxMillis(), r.cpuSeconds(),
            1000 * r.cpuSeconds() / Math.max(1, r.requests()));
        out.printf(Locale.ROOT, "index size %d reference items; target: p99 <= 10 ms at 500 requests/s -> %s%n", shared.referenceSize(),
            r.p99Millis() <= 10 && rate >= 500 && r.errors() == 0 ? "met" : "NOT met");
      } finally {
        Common.delete(dir);
      }
      out.flush();
      return 0;
    }
  }

  static byte[] matchBody(Item item) {
    var n = ItemMessages.toJson(item);
    n.remove("corpus");
    n.remove("id");
    return Json.bytes(n);
  }
}
