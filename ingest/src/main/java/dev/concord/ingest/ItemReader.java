package dev.concord.ingest;

import java.io.IOException;
import java.nio.file.Path;

/** Reads a file into a corpus, rejecting bad records with a reason instead of dropping them. */
public interface ItemReader {
  /**
   * @throws InputException when the file cannot be read at all, or more records were rejected than
   *     {@link ReadOptions#maxErrors()} allows
   */
  ReadResult read(Path file, ReadOptions options) throws IOException;
}
