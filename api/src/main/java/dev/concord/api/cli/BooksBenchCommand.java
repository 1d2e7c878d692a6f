package dev.concord.api.cli;

import dev.concord.api.eval.Protocols;
import dev.concord.books.bench.OpenSetBench;
import dev.concord.books.catalogue.Catalogue;
import dev.concord.books.shelf.ShelfMethods;
import dev.concord.books.shelf.ShelfOptions;
import dev.concord.ingest.dataset.BooksDataset;
import dev.concord.ingest.dataset.Datasets;
import dev.concord.matcher.eval.BooksMetrics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code concord books bench}: quality and speed as the catalogue grows with generated distractors. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Grow the books catalogue with generated distractor records and measure quality and speed.")
final class BooksBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", description = "books data set folder (catalogue.csv, segments.csv); default ../shared/data/books") Path data;
  @Option(names = "--distractors", split = ",", defaultValue = "0", description = "distractor records to add (comma-separated sizes run one after another), e.g. 100000,1000000,2300000") List<Integer> distractors = new ArrayList<>();
  @Option(names = "--method", defaultValue = ShelfMethods.DEFAULT, description = "shelf method (default ${DEFAULT-VALUE})") String method;
  @Option(names = "--seed", defaultValue = "42", description = "seed of the distractor generator") long seed;
  @Option(names = "--no-progress", description = "hide progress bars") boolean noProgress;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    ShelfOptions options = ShelfMethods.require(method);
    Path dir = data != null ? data : Path.of(System.getProperty("concord.shared", "../shared/data")).resolve("books");
    BooksDataset d = Datasets.books(dir);
    Catalogue real = Catalogue.of(d.catalogue());
    Map<String, BooksMetrics.Gold> gold = Protocols.booksGold(d.gold());
    o.println("| catalogue | distractors | build s | retained heap MB | max heap MB | lookup p50 ms | lookup p99 ms | lookup max ms | lookup CPU p50 ms | lookup CPU p99 ms | top1 | P | R | F1 | threshold |");
    o.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    o.flush();
    for (int n : distractors) {
      if (n < 0) throw new IllegalArgumentException("--distractors must be >= 0, was " + n);
      OpenSetBench.Result r = OpenSetBench.run(real, d.segments(), gold, n, options, seed, new ConsoleProgress(!noProgress));
      BooksMetrics m = r.metrics();
      o.printf(Locale.ROOT, "| %d | %d | %.1f | %d | %d | %.2f | %.2f | %.1f | %.2f | %.2f | %.4f | %.3f | %.3f | %.3f | %.3f |%n",
          r.catalogueSize(), r.distractors(), r.buildSeconds(), r.retainedHeapMb(), r.maxHeapMb(), r.lookupP50Ms(),
          r.lookupP99Ms(), r.lookupMaxMs(), r.lookupCpuP50Ms(), r.lookupCpuP99Ms(), m.top1Accuracy(), m.precision(), m.recall(), m.f1(), r.threshold());
      o.flush();
    }
    return 0;
  }
}
