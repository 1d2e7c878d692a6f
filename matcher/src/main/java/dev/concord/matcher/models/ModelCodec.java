package dev.concord.matcher.models;

import java.io.IOException;
import java.nio.file.Path;

/** How one kind of model is written to and read from a file. */
public interface ModelCodec<M> {
  void write(M model, Path file) throws IOException;

  M read(Path file) throws IOException;
}
