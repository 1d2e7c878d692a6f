package dev.concord.ingest;

import java.nio.file.Path;

/** A rejected record: the file, its 1-based line (the record's first line) and why. */
public record ReadError(Path file, long line, String reason) {
  @Override
  public String toString() {
    return file + ":" + line + ": " + reason;
  }
}
