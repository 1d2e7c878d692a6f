package dev.concord.books.bench;

import dev.concord.books.catalogue.Catalogue;
import dev.concord.books.catalogue.CatalogueBook;
import dev.concord.books.distractors.DistractorGenerator;
import dev.concord.books.lookup.ScoredBook;
import dev.concord.books.lookup.SpineLookup;
import dev.concord.books.shelf.ShelfMatcher;
import dev.concord.books.shelf.ShelfOptions;
import dev.concord.books.shelf.ShelfResult;
import dev.concord.books.shelf.SpineDecision;
import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.progress.Progress;
import dev.concord.matcher.eval.BooksMetrics;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Quality and speed of shelf matching as the catalogue grows: the real catalogue plus generated distractor
 * records ({@link DistractorGenerator}), then the index build timed, the heap the catalogue and its index keep
 * measured after a full collection, every spine looked up alone on one thread (latency percentiles), and the whole
 * shelf matching scored against gold.
 */
public final class OpenSetBench {
  /** Candidates asked of a single-spine lookup, as the shelf matcher asks. */
  static final int LOOKUP_K = 20;
  /** Lookups run untimed first. */
  static final int WARM_UP = 500;

  private OpenSetBench() {}

  /** The figures of one run. */
  public record Result(int catalogueSize, int distractors, double generateSeconds, double buildSeconds,
      long retainedHeapMb, long maxHeapMb, double lookupP50Ms, double lookupP99Ms, double lookupMaxMs,
      double lookupCpuP50Ms, double lookupCpuP99Ms, BooksMetrics metrics, double threshold) {}

  public static Result run(Catalogue real, Corpus spines, Map<String, BooksMetrics.Gold> gold, int distractors,
      ShelfOptions options, long seed, Progress progress) {
    long t0 = System.nanoTime();
    List<CatalogueBook> books = new ArrayList<>(real.size() + distractors);
    books.addAll(real.books());
    books.addAll(new DistractorGenerator(real).generate(distractors, real.size(), seed));
    Catalogue catalogue = Catalogue.of(real.name() + "+" + distractors, books);
    books = null;
    double generate = seconds(t0);
    collectGarbage();
    long t1 = System.nanoTime();
    SpineLookup lookup = SpineLookup.build(catalogue, progress);
    double build = seconds(t1);
    collectGarbage();
    long retained = usedHeap();
    // steady state, as a running service sees it: the JIT has compiled the lookup path
    for (int i = 0; i < Math.min(WARM_UP, spines.size()); i++) lookup.lookup(spines.get(i).text(), LOOKUP_K);
    double[] latencies = new double[spines.size()];
    double[] cpu = new double[spines.size()];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    progress.start("single-spine lookups", spines.size());
    for (int i = 0; i < spines.size(); i++) {
      Item s = spines.get(i);
      long c = threads.getCurrentThreadCpuTime();
      long q = System.nanoTime();
      List<ScoredBook> r = lookup.lookup(s.text(), LOOKUP_K);
      latencies[i] = (System.nanoTime() - q) / 1e6;
      cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
      if (r.size() > LOOKUP_K) throw new IllegalStateException("lookup returned more than asked");
      progress.step(1);
    }
    progress.done();
    Arrays.sort(latencies);
    Arrays.sort(cpu);
    ShelfResult result = new ShelfMatcher(lookup, options).match(spines, progress);
    Map<String, BooksMetrics.Book> top1 = new HashMap<>();
    Map<String, BooksMetrics.Book> links = new HashMap<>();
    for (SpineDecision d : result.decisions()) {
      d.best().ifPresent(b -> top1.put(d.spineId(), new BooksMetrics.Book(b.book().title(), b.book().author())));
      d.link().ifPresent(b -> links.put(d.spineId(), new BooksMetrics.Book(b.book().title(), b.book().author())));
    }
    return new Result(catalogue.size(), distractors, generate, build, retained / (1024 * 1024),
        Runtime.getRuntime().maxMemory() / (1024 * 1024), percentile(latencies, 0.50), percentile(latencies, 0.99),
        latencies.length == 0 ? 0 : latencies[latencies.length - 1], percentile(cpu, 0.50), percentile(cpu, 0.99),
        BooksMetrics.of(links, top1, gold),
        result.threshold());
  }

  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) return 0;
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static void collectGarbage() {
    for (int i = 0; i < 3; i++) System.gc();
  }
}
