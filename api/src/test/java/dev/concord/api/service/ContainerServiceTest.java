package dev.concord.api.service;

import dev.concord.api.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/** The service scenarios on PostgreSQL and Kafka in containers; skipped, visibly, where Docker is absent. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerServiceTest extends ServiceScenarios {
  @Container static final PostgreSQLContainer<?> POSTGRES = new PostgreSQLContainer<>("postgres:16-alpine");
  @Container static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");
  private Database db;

  @Override
  Database database() {
    if (db == null) {
      db = Database.open(POSTGRES.getJdbcUrl() + "&user=" + POSTGRES.getUsername() + "&password=" + POSTGRES.getPassword());
    }
    return db;
  }

  @Override
  String bootstrapServers() { return KAFKA.getBootstrapServers(); }

  @AfterAll
  void closeDatabase() {
    if (db != null) db.close();
  }
}
