package dev.concord.api.cli;

import dev.concord.books.catalogue.Catalogue;
import dev.concord.books.lookup.SpineLookup;
import dev.concord.core.progress.Progress;
import dev.concord.ingest.CsvItemReader;
import dev.concord.ingest.ReadOptions;
import dev.concord.ingest.ReadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** A library catalogue file read and indexed for spine lookups, as `books match` and `serve --catalogue` need it. */
final class CatalogueFiles {
  private CatalogueFiles() {}

  /**
   * Reads the catalogue CSV (title, author, tag, series, isbn), reports the read and its rejected lines to
   * {@code report}, and indexes it.
   *
   * @param option the command-line option that named the file, for the error when there is none
   */
  static SpineLookup lookup(String option, Path file, PrintWriter report, Progress progress) throws IOException {
    if (!Files.isRegularFile(file)) throw new IllegalArgumentException(option + ": no such file " + file);
    ReadResult read = new CsvItemReader().read(file, ReadOptions.rows("catalogue"));
    report.println(read.report().summary());
    read.report().errors().stream().limit(20).forEach(e -> report.println("  rejected " + e));
    report.flush();
    return SpineLookup.build(Catalogue.of(read.corpus()), progress);
  }
}
