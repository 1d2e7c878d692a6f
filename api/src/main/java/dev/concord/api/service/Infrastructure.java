package dev.concord.api.service;

import dev.concord.api.store.Database;
import dev.concord.api.store.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka cluster and PostgreSQL database the service uses: the ones given, or embedded ones whose data
 * lives under the data folder (so that a restart with the same folder finds everything again).
 */
public final class Infrastructure implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Infrastructure.class);

  private final Optional<EmbeddedKafka> embeddedKafka;
  private final Optional<EmbeddedPostgresServer> embeddedPostgres;
  private final String bootstrapServers;
  private final Database database;

  private Infrastructure(Optional<EmbeddedKafka> kafka, Optional<EmbeddedPostgresServer> postgres, String bootstrapServers,
                         Database database) {
    this.embeddedKafka = kafka;
    this.embeddedPostgres = postgres;
    this.bootstrapServers = bootstrapServers;
    this.database = database;
  }

  /**
   * @param kafka    bootstrap servers of a real cluster; empty starts one in-process, or none when
   *                 {@code needKafka} is false
   * @param dbUrl    JDBC URL of a real PostgreSQL; empty starts an embedded one
   */
  public static Infrastructure start(Path dataDir, Optional<String> kafka, boolean needKafka, Optional<String> dbUrl) {
    Optional<EmbeddedPostgresServer> pg = Optional.empty();
    Optional<EmbeddedKafka> k = Optional.empty();
    try {
      String url;
      if (dbUrl.isPresent()) {
        url = dbUrl.get();
      } else {
        LOG.info("starting the embedded PostgreSQL in {}", dataDir.resolve("postgres"));
        pg = Optional.of(EmbeddedPostgresServer.start(dataDir.resolve("postgres"), EmbeddedPostgresServer.defaultBinariesCache()));
        url = pg.get().jdbcUrl();
      }
      Database db = Database.open(url);
      String bootstrap = "";
      if (kafka.isPresent()) {
        bootstrap = kafka.get();
      } else if (needKafka) {
        LOG.info("starting the in-process Kafka broker in {}", dataDir.resolve("kafka"));
        k = Optional.of(EmbeddedKafka.start(dataDir.resolve("kafka")));
        bootstrap = k.get().bootstrapServers();
      }
      return new Infrastructure(k, pg, bootstrap, db);
    } catch (RuntimeException e) {
      k.ifPresent(EmbeddedKafka::close);
      pg.ifPresent(EmbeddedPostgresServer::close);
      throw e;
    }
  }

  public String bootstrapServers() { return bootstrapServers; }

  public Database database() { return database; }

  public boolean embeddedKafka() { return embeddedKafka.isPresent(); }

  public boolean embeddedPostgres() { return embeddedPostgres.isPresent(); }

  @Override
  public void close() {
    embeddedKafka.ifPresent(EmbeddedKafka::close);
    database.close();
    embeddedPostgres.ifPresent(EmbeddedPostgresServer::close);
  }
}
