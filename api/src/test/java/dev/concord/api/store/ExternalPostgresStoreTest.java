package dev.concord.api.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The store against a PostgreSQL server the environment names (CI sets CONCORD_TEST_DB_URL when one runs). */
@EnabledIfEnvironmentVariable(named = "CONCORD_TEST_DB_URL", matches = "jdbc:postgresql:.+")
class ExternalPostgresStoreTest extends StoreContract {
  static Database db;

  @BeforeAll
  static void open() {
    db = Database.open(System.getenv("CONCORD_TEST_DB_URL"));
  }

  @AfterAll
  static void close() {
    if (db != null) db.close();
  }

  @Override
  Database database() { return db; }
}
