package dev.concord.api.store;

import dev.concord.api.TestServices;

/** The store against the embedded PostgreSQL that `concord serve` starts when no database is given. */
class EmbeddedPostgresStoreTest extends StoreContract {
  @Override
  Database database() { return TestServices.database(); }
}
