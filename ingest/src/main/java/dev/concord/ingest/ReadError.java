package dev.concord.ingest;

import java.nio.file.Path;

/**
 * A rejected record: the file, its 1-based physical line (the record's first line) and why. Line 0 stands for
 * the file as a whole.
 */
public record ReadError(Path file, long line, String reason) {
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
  }
}
