package dev.concord.api.stream;

import dev.concord.api.store.Database;
import dev.concord.api.store.StoredLink;
import dev.concord.core.Item;
import dev.concord.ingest.message.ItemMessages;
import dev.concord.ingest.message.ParsedItem;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Persists the stream's output: committed links from the links topic and the valid items from the items topic
 * go to PostgreSQL in batches, and the consumer's offsets are committed only after the rows are written. After a
 * crash the last batch is re-read and re-offered, which the idempotent upserts turn into no-ops, so every link is
 * stored exactly once. Invalid item messages are skipped here: the stream app dead-letters them.
 */
public final class PostgresSink implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PostgresSink.class);
  private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Topics topics;
  private final Database db;
  private final Counter linksStored, itemsStored;
  private final Thread thread;
  private volatile boolean running = true;

  private PostgresSink(KafkaConsumer<byte[], byte[]> consumer, Topics topics, Database db, MeterRegistry metrics) {
    this.consumer = consumer;
    this.topics = topics;
    this.db = db;
    this.linksStored = metrics.counter("concord.sink.links.stored");
    this.itemsStored = metrics.counter("concord.sink.items.stored");
    this.thread = new Thread(this::run, "concord-postgres-sink");
  }

  /** Starts consuming in a thread of its own; {@code groupId} keeps its position across restarts. */
  public static PostgresSink start(String bootstrapServers, String groupId, Topics topics, Database db, MeterRegistry metrics) {
    Map<String, Object> cfg = Map.of("bootstrap.servers", bootstrapServers, "group.id", groupId,
        "auto.offset.reset", "earliest", "enable.auto.commit", false, "isolation.level", "read_committed",
        "max.poll.records", 5000,
        // a backlog arrives in a few large fetches (one PostgreSQL round trip per table each) instead of many small ones
        "fetch.min.bytes", 256 * 1024, "fetch.max.wait.ms", 100);
    KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(cfg, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    consumer.subscribe(List.of(topics.items(), topics.links()));
    PostgresSink sink = new PostgresSink(consumer, topics, db, metrics);
    sink.thread.start();
    return sink;
  }

  private void run() {
    try {
      while (running) {
        ConsumerRecords<byte[], byte[]> batch = consumer.poll(Duration.ofMillis(200));
        if (batch.isEmpty()) continue;
        try {
          write(batch);
          consumer.commitSync();
        } catch (RuntimeException e) {
          LOG.warn("writing {} records to PostgreSQL failed, will retry: {}", batch.count(), e.getMessage());
          rewind(batch.partitions());
          Thread.sleep(RETRY_PAUSE.toMillis());
        }
      }
    } catch (WakeupException | InterruptedException e) {
      if (running) LOG.error("PostgreSQL sink stopped unexpectedly", e);
    } finally {
      consumer.close();
    }
  }

  private void write(ConsumerRecords<byte[], byte[]> batch) {
    List<Item> items = new ArrayList<>();
    List<StoredLink> links = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : batch) {
      if (r.topic().equals(topics.items())) {
        if (ItemMessages.parse(r.value()) instanceof ParsedItem.Parsed p) items.add(p.item());
      } else {
        try {
          links.add(LinkMessages.parse(r.value()));
        } catch (IllegalStateException e) {
          LOG.error("skipping {}/{}@{}: {}", r.topic(), r.partition(), r.offset(), e.getMessage());
        }
      }
    }
    itemsStored.increment(db.items().upsert(items));
    linksStored.increment(db.links().upsert(links));
  }

  /** Back to the last committed positions, so that the failed batch is read again. */
  private void rewind(Set<TopicPartition> partitions) {
    Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(partitions);
    for (TopicPartition tp : partitions) {
      OffsetAndMetadata o = committed.get(tp);
      if (o != null) consumer.seek(tp, o.offset()); else consumer.seekToBeginning(List.of(tp));
    }
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      thread.join(Duration.ofSeconds(30).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
