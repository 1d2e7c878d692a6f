package dev.concord.api;

import dev.concord.api.service.EmbeddedKafka;
import dev.concord.api.store.Database;
import dev.concord.api.store.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One embedded PostgreSQL and one in-process Kafka broker for the whole test JVM: both take seconds to start,
 * and tests keep apart by using their own ids, corpora and topics. Stopped when the JVM exits.
 */
public final class TestServices {
  private static EmbeddedPostgresServer postgres;
  private static Database database;
  private static EmbeddedKafka kafka;

  private TestServices() {}

  public static synchronized Database database() {
    if (database == null) {
      postgres = EmbeddedPostgresServer.start(tempDir("concord-test-pg"), EmbeddedPostgresServer.defaultBinariesCache());
      database = Database.open(postgres.jdbcUrl());
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        database.close();
        postgres.close();
      }));
    }
    return database;
  }

  public static synchronized EmbeddedKafka kafka() {
    if (kafka == null) {
      kafka = EmbeddedKafka.start(tempDir("concord-test-kafka"));
      Runtime.getRuntime().addShutdownHook(new Thread(kafka::close));
    }
    return kafka;
  }

  private static Path tempDir(String prefix) {
    try {
      Path p = Files.createTempDirectory(prefix);
      p.toFile().deleteOnExit();
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
