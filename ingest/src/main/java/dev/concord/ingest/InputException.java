package dev.concord.ingest;

import java.nio.file.Path;
import java.util.List;

/** Input that cannot be read at all, or has more bad records than allowed. Names the file and line. */
public final class InputException extends RuntimeException {
  private final transient List<ReadError> errors;

  public InputException(Path file, long line, String reason) {
    super(file + ":" + line + ": " + reason);
    this.errors = List.of(new ReadError(file, line, reason));
  }

  public InputException(String message, List<ReadError> errors) {
    super(message);
    this.errors = List.copyOf(errors);
  }

  public List<ReadError> errors() {
    return errors;
  }
}
