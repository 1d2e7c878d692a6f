package dev.concord.matcher.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps models as files in one folder. A file that cannot be read (truncated, another format) is reported and
 * replaced by a freshly trained model; a new file is written under a temporary name and moved into place, so a
 * crash never leaves a half-written model under a real name.
 */
public final class DirectoryModelStore implements ModelStore {
  private static final Logger LOG = LoggerFactory.getLogger(DirectoryModelStore.class);
  private final Path dir;

  public DirectoryModelStore(Path dir) {
    this.dir = dir;
  }

  public Path directory() { return dir; }

  @Override
  public <M> M loadOrTrain(ModelKey key, ModelCodec<M> codec, Supplier<M> train) {
    Path file = dir.resolve(key.fileName());
    if (Files.isRegularFile(file)) {
      try {
        M model = codec.read(file);
        LOG.info("loaded the trained model {}", file);
        return model;
      } catch (IOException | RuntimeException e) {
        LOG.warn("cannot read the saved model {} ({}); training it again", file, e.getMessage());
      }
    }
    M model = train.get();
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, key.kind(), ".tmp");
      try {
        codec.write(model, tmp);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
      LOG.info("saved the trained model {}", file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the trained model to " + file, e);
    }
    return model;
  }
}
