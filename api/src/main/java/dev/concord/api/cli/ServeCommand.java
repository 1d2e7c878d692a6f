package dev.concord.api.cli;

import dev.concord.api.rest.RestSettings;
import dev.concord.api.service.BundledExample;
import dev.concord.api.service.LinkageService;
import dev.concord.api.store.Database;
import dev.concord.api.store.StoredLink;
import dev.concord.ingest.message.ItemMessages;
import dev.concord.api.stream.StreamApp;
import dev.concord.books.lookup.SpineLookup;
import dev.concord.core.progress.Progress;
import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.matcher.eval.LinkMetrics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code concord serve}: the whole service (stream app, PostgreSQL store, REST). With no reference given it
 * streams the bundled example in, so that one command on a fresh machine shows everything working.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run the service: stream linkage, links in PostgreSQL, REST lookups (embedded Kafka and PostgreSQL unless --kafka/--db).")
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ServiceOptions service;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "address REST listens on (default ${DEFAULT-VALUE})") String host;
  @Option(names = "--port", defaultValue = "8080", description = "REST port (default ${DEFAULT-VALUE}; 0: any free port)") int port;
  @Option(names = "--api-key", defaultValue = "${env:CONCORD_API_KEY}",
      description = "require this key in the X-API-Key header of /v1 requests (default: $CONCORD_API_KEY, else none)") String apiKey;
  @Option(names = "--max-request-bytes", defaultValue = "1048576", description = "largest request body (default ${DEFAULT-VALUE})")
  long maxRequestBytes;
  @Option(names = "--no-demo", description = "do not stream the bundled example in") boolean noDemo;
  @Option(names = "--catalogue", description = "a library catalogue (.csv: title, author, tag, series, isbn) for POST /v1/books/lookup")
  Path catalogue;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    BundledExample example = BundledExample.load();
    Corpus reference = service.referenceCorpus(example, out);
    Corpus sample = service.querySample(example, out);
    out.println("Starting Concord" + (service.kafka == null || service.db == null ? " (embedded servers keep their data in "
        + service.dataDir.toAbsolutePath() + ")" : "") + "...");
    out.flush();
    Optional<SpineLookup> books = catalogue == null ? Optional.empty()
        : Optional.of(CatalogueFiles.lookup("--catalogue", catalogue, out, Progress.NONE));
    books.ifPresent(b -> out.println("catalogue of " + b.catalogue().size() + " books indexed for POST /v1/books/lookup"));
    RestSettings rest = new RestSettings(host, port, maxRequestBytes, Optional.ofNullable(apiKey));
    LinkageService svc = LinkageService.start(service.settings(Optional.of(rest)), reference, sample, books);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      out.println("Stopping Concord...");
      out.flush();
      svc.close();
      stopped.countDown();
    }, "concord-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      printWhereToLook(svc, out);
      if (service.usesBundledExample() && !noDemo) streamExample(svc, example, out);
      out.println(service.stopAfter == null ? "Press Ctrl-C to stop." : "Stopping by itself in " + service.stopAfter + " s.");
      out.flush();
      if (service.stopAfter == null) {
        stopped.await();
      } else if (!stopped.await(service.stopAfter, TimeUnit.SECONDS)) {
        Runtime.getRuntime().removeShutdownHook(hook);
        svc.close();
        out.println("Stopped.");
      }
    } catch (RuntimeException | InterruptedException e) {
      Runtime.getRuntime().removeShutdownHook(hook);
      svc.close();
      throw e;
    }
    out.flush();
    return 0;
  }

  private void printWhereToLook(LinkageService svc, PrintWriter out) {
    var infra = svc.infrastructure();
    var s = svc.settings();
    String base = "http://" + host + ":" + svc.restPort().orElseThrow();
    out.printf(Locale.ROOT, "Concord is running.%n");
    out.printf(Locale.ROOT, "  REST        %s   (OpenAPI %s/openapi.json, health %s/health, metrics %s/metrics)%n", base, base, base, base);
    out.printf(Locale.ROOT, "  Kafka       %s%s   topics %s -> %s, rejected input -> %s%n", infra.bootstrapServers(),
        infra.embeddedKafka() ? " (in-process)" : "", s.topics().items(), s.topics().links(), s.topics().deadLetter());
    out.printf(Locale.ROOT, "  PostgreSQL  %s%s%n", infra.database().url(), infra.embeddedPostgres() ? " (embedded)" : "");
    out.printf(Locale.ROOT, "  Engine      %s, %d reference items of corpus '%s', links at score >= %.3f%n", svc.engine().modelVersion(),
        svc.engine().referenceSize(), svc.engine().referenceCorpus(), svc.policy().threshold());
    out.flush();
  }

  /** Sends the bundled organisations (and one malformed message) to the items topic and reports what came out. */
  private void streamExample(LinkageService svc, BundledExample example, PrintWriter out) throws InterruptedException {
    Corpus orgs = example.organisations();
    long handledBefore = svc.itemsHandled();
    try (KafkaProducer<byte[], byte[]> p = new KafkaProducer<>(StreamApp.producerConfig(svc.infrastructure().bootstrapServers()))) {
      for (Item item : orgs) {
        p.send(new ProducerRecord<>(svc.settings().topics().items(), item.id().getBytes(StandardCharsets.UTF_8), ItemMessages.toBytes(item)));
      }
      p.send(new ProducerRecord<>(svc.settings().topics().items(), "not-an-item".getBytes(StandardCharsets.UTF_8),
          "{\"corpus\": \"organisations\", \"fields\": {\"name\": \"no id here\"}}".getBytes(StandardCharsets.UTF_8)));
    }
    out.printf(Locale.ROOT, "Streamed the bundled example in: %d organisations and 1 malformed message (sent on purpose: see %s).%n",
        orgs.size(), svc.settings().topics().deadLetter());
    out.flush();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (svc.itemsHandled() - handledBefore < orgs.size() + 1 && System.nanoTime() < deadline) Thread.sleep(100);
    Database db = svc.infrastructure().database();
    long emitted = (long) svc.metrics().counter("concord.stream.links").count();
    while (db.links().count(orgs.name(), svc.engine().modelVersion()) < emitted && System.nanoTime() < deadline) Thread.sleep(100);
    List<LinkMetrics.IdPair> stored = new ArrayList<>();
    for (Item item : orgs) {
      for (StoredLink l : db.links().byLeft(orgs.name(), item.id(), 10)) {
        if (l.modelVersion().equals(svc.engine().modelVersion())) stored.add(new LinkMetrics.IdPair(l.link().left(), l.link().right()));
      }
    }
    LinkMetrics m = LinkMetrics.of(stored, example.gold());
    double fresh = svc.metrics().counter("concord.sink.links.stored").count();
    out.printf(Locale.ROOT, "  %d items handled by the stream app, %d links emitted to %s, %d links in PostgreSQL (%d new this run).%n",
        svc.itemsHandled() - handledBefore, emitted, svc.settings().topics().links(), stored.size(), (long) fresh);
    out.printf(Locale.ROOT, "  Against the bundled gold: precision %.3f, recall %.3f, F1 %.3f.%n", m.precision(), m.recall(), m.f1());
    String base = "http://" + host + ":" + svc.restPort().orElseThrow();
    String key = apiKey == null || apiKey.isBlank() ? "" : " -H 'X-API-Key: " + apiKey + "'";
    out.println("Try:");
    out.printf(Locale.ROOT, "  curl -s%s '%s/v1/links?left=L001&corpus=%s'%n", key, base, orgs.name());
    out.printf(Locale.ROOT, "  curl -s%s %s/v1/items/%s/R027%n", key, base, example.register().name());
    out.printf(Locale.ROOT, "  curl -s%s -H 'Content-Type: application/json' -d '{\"fields\":{\"name\":\"Globex Intl\",\"city\":\"Cypress Creek\"}}' %s/v1/match%n",
        key, base);
    out.printf(Locale.ROOT, "Batch jobs read CSV files from %s: put two files there, then%n", svc.settings().jobsDir());
    out.printf(Locale.ROOT, "  curl -s%s -H 'Content-Type: application/json' -d '{\"left\":\"a.csv\",\"right\":\"b.csv\"}' %s/v1/jobs/reconcile%n",
        key, base);
    out.flush();
  }
}
