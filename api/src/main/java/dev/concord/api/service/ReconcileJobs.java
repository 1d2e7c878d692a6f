package dev.concord.api.service;

import dev.concord.api.store.Database;
import dev.concord.core.Corpus;
import dev.concord.core.progress.Progress;
import dev.concord.ingest.ReadOptions;
import dev.concord.ingest.ReadResult;
import dev.concord.ingest.Readers;
import dev.concord.matcher.EngineConfig;
import dev.concord.matcher.FitContext;
import dev.concord.matcher.models.ModelStore;
import dev.concord.matcher.MatchEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs batch reconciliations on the server, one at a time (each fits its own engine, which is memory-heavy),
 * recording state, progress and counts in the jobs table.
 */
public final class ReconcileJobs implements AutoCloseable {
  public static final String KIND = "reconcile";
  private static final Logger LOG = LoggerFactory.getLogger(ReconcileJobs.class);
  /** Progress is written at most this often, so that ranking threads do not queue on the database. */
  private static final long PROGRESS_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

  private final Database db;
  private final JobsFolder folder;
  private final ModelStore models;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "concord-jobs");
    t.setDaemon(true);
    return t;
  });

  public ReconcileJobs(Database db, JobsFolder folder) {
    this(db, folder, ModelStore.none());
  }

  /**
   * Jobs read their files from {@code folder} only; a job whose scorer trains a model keeps it in {@code models},
   * so the same sources are not trained on twice.
   */
  public ReconcileJobs(Database db, JobsFolder folder, ModelStore models) {
    this.db = db;
    this.folder = folder;
    this.models = models;
    int orphans = db.jobs().failUnfinished("the server stopped before the job finished");
    if (orphans > 0) LOG.warn("{} jobs left unfinished by a previous run were marked failed", orphans);
  }

  /** The folder job files are read from. */
  public JobsFolder folder() { return folder; }

  /** Checks the request, records the job and queues it; returns the job's id. */
  public UUID submit(ReconcileRequest request) {
    for (Path p : new Path[] {request.left(), request.right()}) {
      if (!p.startsWith(folder.root())) throw new IllegalArgumentException(p + " is not in the jobs folder " + folder.root());
      if (!Files.isRegularFile(p)) throw new IllegalArgumentException("no such file on the server: " + p);
    }
    UUID id = db.jobs().create(KIND, request.parameters());
    worker.submit(() -> run(id, request));
    return id;
  }

  private void run(UUID id, ReconcileRequest r) {
    Map<String, Long> counts = new ConcurrentHashMap<>();
    try {
      db.jobs().running(id);
      Corpus left = read(r.left(), r.leftCorpus(), r.leftId(), counts, "left");
      Corpus right = read(r.right(), r.rightCorpus(), r.rightId(), counts, "right");
      EngineConfig cfg = new EngineConfig(r.scorer(), r.mode(), r.k(), r.threshold());
      MatchEngine engine = MatchEngine.fit(cfg, right, left, FitContext.DEFAULT.withModels(models));
      MatchEngine.Reconciliation rec = engine.reconcile(left, new JobProgress(id, counts));
      counts.put("links", (long) rec.links().size());
      counts.put("newLinks", (long) ReconciliationWriter.write(db, left, right, rec.links(), engine.method()));
      db.jobs().succeeded(id, counts);
    } catch (Exception e) {
      LOG.warn("job {} failed: {}", id, e.toString());
      db.jobs().failed(id, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  private static Corpus read(Path file, String corpus, Optional<String> idColumn, Map<String, Long> counts, String side)
      throws java.io.IOException {
    ReadOptions opts = ReadOptions.rows(corpus).withIdColumn(idColumn.orElse(null));
    ReadResult res = Readers.forFile(file).read(file, opts);
    counts.put(side + "Items", (long) res.corpus().size());
    counts.put(side + "Rejected", (long) res.report().errors().size());
    return res.corpus();
  }

  /** Ranking progress, written to the job row now and then. */
  private final class JobProgress implements Progress {
    private final UUID id;
    private final Map<String, Long> counts;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong lastWrite = new AtomicLong(System.nanoTime());
    private volatile long total;

    JobProgress(UUID id, Map<String, Long> counts) {
      this.id = id;
      this.counts = counts;
    }

    @Override public void start(String task, long total) { this.total = total; done.set(0); }

    @Override
    public void step(long n) {
      long d = done.addAndGet(n);
      long now = System.nanoTime(), last = lastWrite.get();
      if (total > 0 && now - last > PROGRESS_EVERY_NANOS && lastWrite.compareAndSet(last, now)) {
        counts.put("ranked", d);
        db.jobs().progress(id, Math.min(1.0, (double) d / total), Map.copyOf(counts));
      }
    }

    @Override public void done() { counts.put("ranked", done.get()); }
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
