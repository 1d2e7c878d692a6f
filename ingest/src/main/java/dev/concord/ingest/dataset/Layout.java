package dev.concord.ingest.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The benchmark layouts of {@code shared/data/README.md}, detected from the files a folder holds. */
public enum Layout {
  /** tableA.csv, tableB.csv and train/valid/test.csv or gold.csv: record linkage. */
  ER("er"),
  /** rows.csv, claims.csv, gold.csv: claims ranked over table rows. */
  TABLE_TEXT("table-text"),
  /** claims.csv, facts.csv, gold.csv: claims ranked over texts. */
  TEXT_TEXT("text-text"),
  /** catalogue.csv, segments.csv: OCR'd spines against a catalogue. */
  BOOKS("books");

  private final String label;

  Layout(String label) { this.label = label; }

  public String label() { return label; }

  public static Optional<Layout> detect(Path dir) {
    if (has(dir, "tableA.csv") && has(dir, "tableB.csv")) return Optional.of(ER);
    if (has(dir, "rows.csv") && has(dir, "claims.csv") && has(dir, "gold.csv")) return Optional.of(TABLE_TEXT);
    if (has(dir, "claims.csv") && has(dir, "facts.csv") && has(dir, "gold.csv")) return Optional.of(TEXT_TEXT);
    if (has(dir, "catalogue.csv") && has(dir, "segments.csv")) return Optional.of(BOOKS);
    return Optional.empty();
  }

  private static boolean has(Path dir, String name) {
    return Files.isRegularFile(dir.resolve(name));
  }
}
