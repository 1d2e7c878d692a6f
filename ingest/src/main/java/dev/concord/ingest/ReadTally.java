package dev.concord.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts the records of one read as they are accepted, rejected or skipped, so that the counts always add up,
 * and gives up once more records were rejected than {@code --max-errors} allows.
 */
final class ReadTally {
  private final Path file;
  private final long maxErrors;
  private final List<ReadError> errors = new ArrayList<>();
  private long accepted;
  private long skipped;

  ReadTally(Path file, long maxErrors) {
    this.file = file;
    this.maxErrors = maxErrors;
  }

  void accept() {
    accepted++;
  }

  void skipBlank() {
    skipped++;
  }

  /** @throws InputException when this rejection is one more than allowed */
  void reject(long line, String reason) {
    errors.add(new ReadError(file, line, reason));
    if (maxErrors >= 0 && errors.size() > maxErrors) {
      throw new InputException(file + ": more than " + maxErrors + " rejected records (--max-errors); first: "
          + errors.get(0), errors);
    }
  }

  ReadReport report(String encoding) {
    long rejected = errors.size();
    return new ReadReport(file, accepted + rejected + skipped, accepted, rejected, skipped, errors, encoding);
  }
}
