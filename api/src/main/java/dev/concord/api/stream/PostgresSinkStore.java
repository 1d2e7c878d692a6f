package dev.concord.api.stream;

import dev.concord.api.store.Database;
import dev.concord.api.store.StoredLink;
import dev.concord.core.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Buffers the items and links a stream task produced and writes them to PostgreSQL in batches. It is a state
 * store only so that Kafka Streams calls {@link #flush()} before every commit: the rows are in PostgreSQL
 * before the input offsets are committed, and a task replayed after a crash re-offers rows that the
 * idempotent upserts ignore. Nothing is kept in Kafka (no changelog).
 */
public final class PostgresSinkStore implements StateStore {
  public static final String NAME = "postgres-sink";
  /** Rows buffered before a write even without a commit, to bound memory under a long commit interval. */
  static final int MAX_BUFFER = 2_000;

  private final Database database;
  private final List<Item> items = new ArrayList<>();
  private final List<StoredLink> links = new ArrayList<>();
  private boolean open;
  private long linksWritten;

  PostgresSinkStore(Database database) {
    this.database = database;
  }

  public static StoreBuilder<PostgresSinkStore> builder(Database database) {
    return new Builder(database);
  }

  void add(Item item, List<StoredLink> newLinks) {
    items.add(item);
    links.addAll(newLinks);
    if (items.size() + links.size() >= MAX_BUFFER) flush();
  }

  /** Links that were new to the database, written by this store instance. */
  long linksWritten() { return linksWritten; }

  @Override
  public String name() { return NAME; }

  @Override
  public void init(StateStoreContext context, StateStore root) {
    context.register(root, (key, value) -> { });
    open = true;
  }

  @Override
  public void flush() {
    if (items.isEmpty() && links.isEmpty()) return;
    // items first: a link row should never name an item that the store does not have
    database.items().upsert(items);
    linksWritten += database.links().upsert(links);
    items.clear();
    links.clear();
  }

  @Override
  public void close() {
    flush();
    open = false;
  }

  @Override
  public boolean persistent() { return false; }

  @Override
  public boolean isOpen() { return open; }

  private static final class Builder implements StoreBuilder<PostgresSinkStore> {
    private final Database database;

    Builder(Database database) {
      this.database = database;
    }

    @Override public StoreBuilder<PostgresSinkStore> withCachingEnabled() { return this; }
    @Override public StoreBuilder<PostgresSinkStore> withCachingDisabled() { return this; }
    @Override public StoreBuilder<PostgresSinkStore> withLoggingEnabled(Map<String, String> config) {
      throw new UnsupportedOperationException("the PostgreSQL sink keeps nothing to log");
    }
    @Override public StoreBuilder<PostgresSinkStore> withLoggingDisabled() { return this; }
    @Override public PostgresSinkStore build() { return new PostgresSinkStore(database); }
    @Override public Map<String, String> logConfig() { return Map.of(); }
    @Override public boolean loggingEnabled() { return false; }
    @Override public String name() { return NAME; }
  }
}
