package dev.concord.api.service;

import dev.concord.api.TestServices;
import dev.concord.api.store.Database;

/** The service scenarios on the embedded PostgreSQL and the in-process KRaft broker. */
class EmbeddedServiceTest extends ServiceScenarios {
  @Override
  Database database() { return TestServices.database(); }

  @Override
  String bootstrapServers() { return TestServices.kafka().bootstrapServers(); }
}
