package dev.concord.api.eval;

import dev.concord.books.shelf.ShelfMethods;
import dev.concord.core.progress.Progress;
import dev.concord.ingest.dataset.Datasets;
import dev.concord.ingest.dataset.Layout;
import dev.concord.matcher.Scorers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Runs every requested scorer on every data set folder with the protocol of its layout. */
public final class EvalRunner {
  private final List<String> scorers;
  private final Progress progress;

  public EvalRunner(List<String> scorers, Progress progress) {
    List<String> all = new ArrayList<>(Scorers.names());
    all.add(Protocols.SUPERVISED);
    this.scorers = scorers.isEmpty() ? all : List.copyOf(scorers);
    this.progress = progress;
    this.scorers.stream().filter(s -> ShelfMethods.byName(s).isEmpty() && !s.equals(Protocols.SUPERVISED))
        .forEach(Scorers::byName);
  }

  /** The data set folders under a suite root ({@code er/*}, {@code text/*}, {@code books}), sorted. */
  public static List<Path> suite(Path root) throws IOException {
    if (!Files.isDirectory(root)) throw new IllegalArgumentException("suite folder not found: " + root);
    List<Path> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root, 3)) {
      walk.filter(Files::isDirectory).filter(p -> Layout.detect(p).isPresent()).sorted().forEach(out::add);
    }
    return out;
  }

  public List<EvalRow> run(List<Path> dirs, Consumer<EvalRow> onRow) throws IOException {
    List<EvalRow> rows = new ArrayList<>();
    for (Path dir : dirs) {
      Layout layout = Datasets.layoutOf(dir);
      for (String scorer : scorers) {
        if (layout != Layout.BOOKS && !Scorers.names().contains(scorer) && !scorer.equals(Protocols.SUPERVISED)) continue;
        if (scorer.equals(Protocols.SUPERVISED) && (layout != Layout.ER || !Datasets.er(dir).hasSplits())) continue;
        EvalRow row = runOne(dir, layout, scorer);
        rows.add(row);
        onRow.accept(row);
      }
    }
    return rows;
  }

  private EvalRow runOne(Path dir, Layout layout, String scorer) throws IOException {
    HeapMeter.reset();
    long start = System.nanoTime();
    Map<String, Double> metrics = switch (layout) {
      case ER -> scorer.equals(Protocols.SUPERVISED)
          ? Protocols.erSupervised(Datasets.er(dir), progress)
          : Protocols.er(Datasets.er(dir), scorer, progress);
      case TABLE_TEXT -> Protocols.ranking(Datasets.tableText(dir), scorer, progress);
      case TEXT_TEXT -> Protocols.ranking(Datasets.textText(dir), scorer, progress);
      case BOOKS -> ShelfMethods.byName(scorer).isPresent()
          ? Protocols.shelves(Datasets.books(dir), ShelfMethods.require(scorer), progress)
          : Protocols.books(Datasets.books(dir), scorer, progress);
    };
    double seconds = (System.nanoTime() - start) / 1e9;
    return new EvalRow(Datasets.nameOf(dir), layout.label(), scorer, metrics, seconds, HeapMeter.peakMb());
  }
}
