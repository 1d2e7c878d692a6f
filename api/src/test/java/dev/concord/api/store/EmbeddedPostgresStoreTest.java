package dev.concord.api.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The store against the embedded PostgreSQL that `concord serve` starts when no database is given. */
class EmbeddedPostgresStoreTest extends StoreContract {
  @TempDir static Path dir;
  static EmbeddedPostgresServer server;
  static Database db;

  @BeforeAll
  static void start() {
    server = EmbeddedPostgresServer.start(dir.resolve("pg"), EmbeddedPostgresServer.defaultBinariesCache());
    db = Database.open(server.jdbcUrl());
  }

  @AfterAll
  static void stop() {
    if (db != null) db.close();
    if (server != null) server.close();
  }

  @Override
  Database database() { return db; }
}
