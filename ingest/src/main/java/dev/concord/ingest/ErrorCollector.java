package dev.concord.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects rejected records and gives up once more than the allowed number were rejected. */
final class ErrorCollector {
  private final Path file;
  private final long maxErrors;
  private final List<ReadError> errors = new ArrayList<>();

  ErrorCollector(Path file, long maxErrors) {
    this.file = file;
    this.maxErrors = maxErrors;
  }

  void reject(long line, String reason) {
    errors.add(new ReadError(file, line, reason));
    if (maxErrors >= 0 && errors.size() > maxErrors) {
      throw new InputException(file + ": more than " + maxErrors + " rejected records (--max-errors); first: "
          + errors.get(0), errors);
    }
  }

  ReadReport report(long read, long accepted) {
    return new ReadReport(file, read, accepted, errors.size(), errors);
  }
}
