package dev.concord.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * How a read went. Every record read is accounted for: accepted, rejected (with its error) or skipped as a
 * blank line.
 *
 * @param encoding how the bytes were decoded, including any line that needed the latin-1 fallback
 */
public record ReadReport(Path file, long read, long accepted, long rejected, long skipped, List<ReadError> errors,
    String encoding) {
  public ReadReport {
    errors = List.copyOf(errors);
    if (read != accepted + rejected + skipped) {
      throw new IllegalArgumentException("read " + read + " != accepted " + accepted + " + rejected " + rejected
          + " + skipped " + skipped);
    }
    if (errors.size() != rejected) {
      throw new IllegalArgumentException(rejected + " rejected records but " + errors.size() + " errors");
    }
  }

  public String summary() {
    return file + ": read " + read + ", accepted " + accepted + ", rejected " + rejected
        + (skipped > 0 ? ", skipped " + skipped + " blank" : "") + " (" + encoding + ")";
  }
}
