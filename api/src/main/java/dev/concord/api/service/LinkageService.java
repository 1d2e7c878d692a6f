package dev.concord.api.service;

import dev.concord.api.rest.RestServer;
import dev.concord.api.store.Database;
import dev.concord.api.stream.LinkPolicy;
import dev.concord.api.stream.PostgresSink;
import dev.concord.api.stream.StreamApp;
import dev.concord.api.stream.StreamSettings;
import dev.concord.books.lookup.SpineLookup;
import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.progress.Progress;
import dev.concord.matcher.EngineConfig;
import dev.concord.matcher.FitContext;
import dev.concord.matcher.MatchEngine;
import dev.concord.matcher.MatchMode;
import dev.concord.matcher.models.DirectoryModelStore;
import dev.concord.matcher.models.ModelStore;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service: infrastructure, the shared engine, the stream app, the PostgreSQL sink and, for
 * `concord serve`, the REST server. Closing stops them in reverse order.
 */
public final class LinkageService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LinkageService.class);

  private final ServiceSettings settings;
  private final Infrastructure infra;
  private final SharedEngine engine;
  private final LinkPolicy policy;
  private final PrometheusMeterRegistry metrics;
  private final List<AutoCloseable> running = new ArrayList<>();
  private final Optional<SpineLookup> books;
  private Optional<RestServer> rest = Optional.empty();
  private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

  private LinkageService(ServiceSettings settings, Infrastructure infra, SharedEngine engine, LinkPolicy policy,
                         PrometheusMeterRegistry metrics, Optional<SpineLookup> books) {
    this.settings = settings;
    this.books = books;
    this.infra = infra;
    this.engine = engine;
    this.policy = policy;
    this.metrics = metrics;
  }

  /**
   * Starts everything. The engine is fitted on {@code reference} plus the reference items that earlier runs
   * received on the stream (read back from PostgreSQL); {@code querySample} (may be empty) helps fitting and,
   * without an explicit threshold, sets it.
   */
  public static LinkageService start(ServiceSettings s, Corpus reference, Corpus querySample) {
    return start(s, reference, querySample, Optional.empty());
  }

  /** As {@link #start(ServiceSettings, Corpus, Corpus)}, with a library catalogue's spine lookup served over REST. */
  public static LinkageService start(ServiceSettings s, Corpus reference, Corpus querySample, Optional<SpineLookup> books) {
    Infrastructure infra = Infrastructure.start(s.dataDir(), s.kafka(), true, s.database());
    try {
      Database db = infra.database();
      ReconciliationWriter.writeItems(db, reference);
      Corpus fullReference = withStoredItems(reference, db);
      EngineConfig cfg = new EngineConfig(s.scorer(), MatchMode.MANY_TO_ONE, s.k(), s.threshold());
      LOG.info("fitting the {} scorer on {} reference items", s.scorer(), fullReference.size());
      MatchEngine engine = MatchEngine.fit(cfg, fullReference, querySample, FitContext.DEFAULT.withModels(modelStore(s)));
      double threshold = threshold(s, engine, querySample);
      PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      LinkageService svc = new LinkageService(s, infra, new SharedEngine(engine, fullReference),
          new LinkPolicy(s.k(), s.linksPerItem(), threshold), metrics, books);
      svc.startRunning();
      return svc;
    } catch (RuntimeException e) {
      infra.close();
      throw e;
    }
  }

  private void startRunning() {
    try {
      StreamSettings ss = new StreamSettings(infra.bootstrapServers(), settings.applicationId(), settings.topics(),
          settings.partitions(), settings.threads(), settings.dataDir().resolve("streams"), settings.instanceId());
      StreamApp app = StreamApp.start(ss, engine, policy, metrics, Duration.ofSeconds(120));
      running.add(app);
      running.add(PostgresSink.start(infra.bootstrapServers(), settings.applicationId() + "-postgres-sink", settings.topics(),
          infra.database(), metrics));
      if (settings.rest().isPresent()) {
        ReconcileJobs jobs = new ReconcileJobs(infra.database(), JobsFolder.at(settings.jobsDir()), modelStore(settings));
        running.add(jobs);
        RestServer server = RestServer.start(settings.rest().get(), engine, infra.database(), jobs, metrics, () -> app.state().name(),
            books);
        running.add(server);
        rest = Optional.of(server);
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /**
   * Trained models live beside the data they were trained on, so a restart reloads them: no retraining, and
   * links keep their model version (a retrained model would write every link again under a new version).
   */
  private static ModelStore modelStore(ServiceSettings s) {
    return new DirectoryModelStore(s.dataDir().resolve("models"));
  }

  private static Corpus withStoredItems(Corpus reference, Database db) {
    List<Item> items = new ArrayList<>(reference.items());
    int before = items.size();
    for (Item stored : db.items().corpus(reference.name())) {
      if (reference.positionOf(stored.id()) < 0) items.add(stored);
    }
    if (items.size() > before) LOG.info("{} reference items received on the stream by earlier runs rejoin the index", items.size() - before);
    return new Corpus(reference.name(), reference.schema(), items);
  }

  private static double threshold(ServiceSettings s, MatchEngine engine, Corpus querySample) {
    if (s.threshold().isPresent()) return s.threshold().getAsDouble();
    if (querySample.size() == 0) {
      throw new IllegalArgumentException("give --threshold, or a query sample (--queries) to choose it from");
    }
    double t = engine.reconcile(querySample, Progress.NONE).threshold();
    LOG.info("link threshold {} chosen without gold from {} sample queries (best vs. second-best candidates)", String.format("%.3f", t), querySample.size());
    return t;
  }

  public SharedEngine engine() { return engine; }

  public LinkPolicy policy() { return policy; }

  public Infrastructure infrastructure() { return infra; }

  public PrometheusMeterRegistry metrics() { return metrics; }

  public Optional<Integer> restPort() { return rest.map(RestServer::port); }

  public ServiceSettings settings() { return settings; }

  /** How many items the stream app has handled (linked, unlinked, reference or rejected) since start. */
  public long itemsHandled() {
    return (long) metrics.find("concord.stream.items").counters().stream().mapToDouble(c -> c.count()).sum();
  }

  @Override
  public void close() {
    if (closed.getAndSet(true)) return;
    for (int i = running.size() - 1; i >= 0; i--) {
      try {
        running.get(i).close();
      } catch (Exception e) {
        LOG.warn("while stopping {}: {}", running.get(i).getClass().getSimpleName(), e.toString());
      }
    }
    running.clear();
    infra.close();
  }
}
