package dev.concord.api.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A PostgreSQL server run by Concord itself (zonky's bundled binaries), keeping its data under a folder of
 * the user's choosing so that what it stores survives a restart.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
  private final EmbeddedPostgres postgres;
  private final Path dataDir;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir) {
    this.postgres = postgres;
    this.dataDir = dataDir;
  }

  /**
   * Starts the server on a free port with its cluster in {@code dataDir} (created by initdb on first use,
   * reused afterwards).
   *
   * @param binariesCache where the server binaries are unpacked, shared between data folders
   */
  public static EmbeddedPostgresServer start(Path dataDir, Path binariesCache) {
    try {
      Files.createDirectories(dataDir);
      EmbeddedPostgres pg = EmbeddedPostgres.builder()
          .setDataDirectory(dataDir)
          .setCleanDataDirectory(false)
          .setOverrideWorkingDirectory(binariesCache.resolve("wrappers").toFile())
          .setPgBinaryResolver(new RootSafePostgresBinaries(binariesCache))
          .setPGStartupWait(Duration.ofSeconds(60))
          // links are written in batches and re-offered after a crash, so losing the last commit is harmless
          .setServerConfig("synchronous_commit", "off")
          .start();
      return new EmbeddedPostgresServer(pg, dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDir + ": " + e.getMessage(), e);
    }
  }

  /** The default binaries cache: one per user, outside any data folder. */
  public static Path defaultBinariesCache() {
    return Path.of(System.getProperty("java.io.tmpdir"), "concord-postgres-" + System.getProperty("user.name"));
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  public Path dataDir() { return dataDir; }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("stopping the embedded PostgreSQL: " + e.getMessage(), e);
    }
  }
}
