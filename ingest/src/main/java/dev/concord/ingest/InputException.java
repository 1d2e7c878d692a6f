package dev.concord.ingest;

import java.nio.file.Path;
import java.util.List;

/** Input that cannot be read at all, or has more bad records than allowed. Names the file and line. */
public final class InputException extends RuntimeException {
  private final transient List<ReadError> errors;

  public InputException(Path file, long line, String reason) {
    this(new ReadError(file, line, reason));
  }

  /** A problem of the file as a whole (its type, its options), not of one line. */
  public InputException(Path file, String reason) {
    this(new ReadError(file, 0, reason));
  }

  public InputException(String message, List<ReadError> errors) {
    super(message);
    this.errors = List.copyOf(errors);
  }

  private InputException(ReadError error) {
    super(error.toString());
    this.errors = List.of(error);
  }

  public List<ReadError> errors() {
    return errors;
  }
}
