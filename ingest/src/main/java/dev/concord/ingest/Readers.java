package dev.concord.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** Picks a reader by file extension. */
public final class Readers {
  private Readers() {}

  /** .csv, .tsv (or .tab), .jsonl (or .ndjson) and .txt. */
  public static ItemReader forFile(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) return new CsvItemReader();
    if (name.endsWith(".tsv") || name.endsWith(".tab")) return CsvItemReader.tsv();
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return new JsonlItemReader();
    if (name.endsWith(".txt")) return new PlainTextItemReader();
    throw new InputException(file, "unsupported file type: expected .csv, .tsv, .jsonl (JSON Lines: one object"
        + " per line), .ndjson or .txt (one item per line)");
  }
}
