package dev.concord.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** Picks a reader by file extension. */
public final class Readers {
  private Readers() {}

  public static ItemReader forFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) return new CsvItemReader();
    throw new InputException(file, 0, "unsupported file type (expected .csv)");
  }
}
