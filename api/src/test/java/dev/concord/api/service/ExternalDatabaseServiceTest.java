package dev.concord.api.service;

import dev.concord.api.TestServices;
import dev.concord.api.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The service scenarios on a PostgreSQL server the environment names (CONCORD_TEST_DB_URL) and the in-process broker. */
@EnabledIfEnvironmentVariable(named = "CONCORD_TEST_DB_URL", matches = "jdbc:postgresql:.+")
class ExternalDatabaseServiceTest extends ServiceScenarios {
  private Database db;

  @Override
  Database database() {
    if (db == null) db = Database.open(System.getenv("CONCORD_TEST_DB_URL"));
    return db;
  }

  @Override
  String bootstrapServers() { return TestServices.kafka().bootstrapServers(); }

  @AfterAll
  void closeDatabase() {
    if (db != null) db.close();
  }
}
