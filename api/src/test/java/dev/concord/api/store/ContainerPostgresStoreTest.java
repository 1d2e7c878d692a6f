package dev.concord.api.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The store against PostgreSQL in a container; skipped, and reported as skipped, where Docker is absent. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerPostgresStoreTest extends StoreContract {
  @Container static final PostgreSQLContainer<?> POSTGRES = new PostgreSQLContainer<>("postgres:16-alpine");
  static Database db;

  @BeforeAll
  static void open() {
    db = Database.open(POSTGRES.getJdbcUrl() + "&user=" + POSTGRES.getUsername() + "&password=" + POSTGRES.getPassword());
  }

  @AfterAll
  static void close() {
    if (db != null) db.close();
  }

  @Override
  Database database() { return db; }
}
