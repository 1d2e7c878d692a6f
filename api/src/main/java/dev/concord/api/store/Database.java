package dev.concord.api.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** A pooled connection to Concord's PostgreSQL database, its schema migrated on open. */
public final class Database implements AutoCloseable {
  private final HikariDataSource pool;
  private final String url;

  private Database(HikariDataSource pool, String url) {
    this.pool = pool;
    this.url = url;
  }

  /** Connects to {@code jdbcUrl} (user and password may be in the URL) and applies pending migrations. */
  public static Database open(String jdbcUrl) {
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("database URL must start with jdbc:postgresql:, was '" + jdbcUrl + "'");
    }
    HikariConfig cfg = new HikariConfig();
    cfg.setJdbcUrl(jdbcUrl);
    cfg.setMaximumPoolSize(8);
    cfg.setPoolName("concord");
    cfg.setConnectionTimeout(10_000);
    HikariDataSource ds = new HikariDataSource(cfg);
    try {
      Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    } catch (RuntimeException e) {
      ds.close();
      throw e;
    }
    return new Database(ds, jdbcUrl);
  }

  public DataSource dataSource() { return pool; }

  public String url() { return url; }

  public LinkRepository links() { return new LinkRepository(pool); }

  public ItemRepository items() { return new ItemRepository(pool); }

  public JobRepository jobs() { return new JobRepository(pool); }

  @Override
  public void close() { pool.close(); }
}
