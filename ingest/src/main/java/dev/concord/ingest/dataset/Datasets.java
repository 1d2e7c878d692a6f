package dev.concord.ingest.dataset;

import dev.concord.core.Corpus;
import dev.concord.ingest.CsvItemReader;
import dev.concord.ingest.InputException;
import dev.concord.ingest.ReadError;
import dev.concord.ingest.ReadOptions;
import dev.concord.ingest.ReadResult;
import dev.concord.ingest.SpineSegmentReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Loads a benchmark folder in any of the {@link Layout}s. Input errors fail the load: gold must be exact. */
public final class Datasets {
  private Datasets() {}

  public static Layout layoutOf(Path dir) {
    return Layout.detect(dir).orElseThrow(() -> new IllegalArgumentException(dir
        + ": not a data set folder (expected tableA.csv+tableB.csv, rows.csv+claims.csv+gold.csv,"
        + " claims.csv+facts.csv+gold.csv, or catalogue.csv+segments.csv)"));
  }

  public static String nameOf(Path dir) {
    return dir.toAbsolutePath().normalize().getFileName().toString();
  }

  public static ErDataset er(Path dir) throws IOException {
    Corpus a = strict(dir.resolve("tableA.csv"), ReadOptions.rows("tableA"));
    Corpus b = strict(dir.resolve("tableB.csv"), ReadOptions.rows("tableB"));
    if (Files.isRegularFile(dir.resolve("train.csv"))) {
      return new ErDataset(nameOf(dir), a, b, split(dir, "train.csv"), split(dir, "valid.csv"), split(dir, "test.csv"), true);
    }
    Path gold = dir.resolve("gold.csv");
    if (!Files.isRegularFile(gold)) throw new IllegalArgumentException(dir + ": no train/valid/test.csv and no gold.csv");
    List<LabelledPair> pairs = PairFiles.read(gold, "ltable_id", "rtable_id", null);
    return new ErDataset(nameOf(dir), a, b, List.of(), List.of(), pairs, false);
  }

  private static List<LabelledPair> split(Path dir, String name) throws IOException {
    Path f = dir.resolve(name);
    return Files.isRegularFile(f) ? PairFiles.read(f, "ltable_id", "rtable_id", "label") : List.of();
  }

  public static RankingDataset tableText(Path dir) throws IOException {
    Corpus rows = strict(dir.resolve("rows.csv"), ReadOptions.rows("rows"));
    Corpus claims = strict(dir.resolve("claims.csv"), ReadOptions.rows("claims").withTextColumn("text"));
    Map<String, Set<String>> gold = PairFiles.goldByLeft(PairFiles.read(dir.resolve("gold.csv"), "claim_id", "row_id", null));
    return new RankingDataset(nameOf(dir), Layout.TABLE_TEXT, claims, rows, gold);
  }

  public static RankingDataset textText(Path dir) throws IOException {
    Corpus facts = strict(dir.resolve("facts.csv"), ReadOptions.rows("facts").withTextColumn("text"));
    Corpus claims = strict(dir.resolve("claims.csv"), ReadOptions.rows("claims").withTextColumn("text"));
    Map<String, Set<String>> gold = PairFiles.goldByLeft(PairFiles.read(dir.resolve("gold.csv"), "claim_id", "fact_id", null));
    return new RankingDataset(nameOf(dir), Layout.TEXT_TEXT, claims, facts, gold);
  }

  public static BooksDataset books(Path dir) throws IOException {
    Corpus catalogue = strict(dir.resolve("catalogue.csv"), ReadOptions.rows("catalogue"));
    Path file = dir.resolve("segments.csv");
    SpineSegmentReader.Segments segs = new SpineSegmentReader().read(file, ReadOptions.rows("segments"));
    // the published segments.csv repeats 44 segments (same photo and mask, at times another isbn): the first row
    // of each is kept, any other rejection fails the load
    List<ReadError> errors = segs.result().report().errors();
    if (errors.stream().anyMatch(e -> !e.reason().startsWith(SpineSegmentReader.DUPLICATE_SEGMENT))) {
      throw new InputException(file + ": rejected records", errors);
    }
    return new BooksDataset(nameOf(dir), catalogue, segs.result().corpus(), segs.gold());
  }

  private static Corpus strict(Path file, ReadOptions options) throws IOException {
    ReadResult r = new CsvItemReader().read(file, options.withMaxErrors(0));
    if (r.report().rejected() > 0) throw new InputException(file + ": rejected records", r.report().errors());
    return r.corpus();
  }
}
