package dev.concord.ingest;

import java.nio.file.Path;
import java.util.List;

/** How a read went: records read, accepted and rejected, and the errors of the rejected ones. */
public record ReadReport(Path file, long read, long accepted, long rejected, List<ReadError> errors) {
  public ReadReport {
    errors = List.copyOf(errors);
    if (read != accepted + rejected) {
      throw new IllegalArgumentException("read " + read + " != accepted " + accepted + " + rejected " + rejected);
    }
  }

  public String summary() {
    return file + ": read " + read + ", accepted " + accepted + ", rejected " + rejected;
  }
}
