package dev.concord.matcher.models;

import java.io.IOException;
import java.nio.file.Path;

/** How one kind of model is written to and read from a file. */
public interface ModelCodec<M> {
  void write(M model, Path file) throws IOException;

  M read(Path file) throws IOException;

  /** Writes a model to a file. */
  @FunctionalInterface
  interface Writer<M> {
    void write(M model, Path file) throws IOException;
  }

  /** Reads a model from a file. */
  @FunctionalInterface
  interface Reader<M> {
    M read(Path file) throws IOException;
  }

  /** A codec from a model's own save and load methods, e.g. {@code ModelCodec.of(StringModel::save, StringModel::load)}. */
  static <M> ModelCodec<M> of(Writer<M> writer, Reader<M> reader) {
    return new ModelCodec<>() {
      @Override
      public void write(M model, Path file) throws IOException { writer.write(model, file); }

      @Override
      public M read(Path file) throws IOException { return reader.read(file); }
    };
  }
}
