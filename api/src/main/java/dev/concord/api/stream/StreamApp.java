package dev.concord.api.stream;

import dev.concord.api.service.SharedEngine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running Kafka Streams application: exactly-once linkage of the items topic. */
public final class StreamApp implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StreamApp.class);

  private final KafkaStreams streams;
  private final KafkaStreamsMetrics metrics;

  private StreamApp(KafkaStreams streams, KafkaStreamsMetrics metrics) {
    this.streams = streams;
    this.metrics = metrics;
  }

  /** Creates missing topics, starts the app and waits until it runs (or {@code timeout} passes). */
  public static StreamApp start(StreamSettings s, SharedEngine engine, LinkPolicy policy, MeterRegistry registry,
                                Duration timeout) {
    createTopics(s);
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, s.applicationId());
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, s.bootstrapServers());
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, s.threads());
    p.put(StreamsConfig.STATE_DIR_CONFIG, s.stateDir().toString());
    // static membership: a restarted instance takes its partitions back at once, without waiting for the
    // session of its previous run to time out
    p.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), s.instanceId());
    // links are ~0.5 kB each: a transaction of a backlog fills larger batches (fewer produce requests for the broker
    // to append and replicate); uncompressed, since broker and app share the cores
    p.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), 128 * 1024);
    p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "none");
    KafkaStreams streams = new KafkaStreams(LinkageTopology.build(s.topics(), engine, policy, registry), p);
    // a failure that escapes the processor aborts the transaction; a fresh thread then retries from the last
    // commit instead of the whole app stopping
    streams.setUncaughtExceptionHandler(e -> {
      LOG.error("stream thread failed, replacing it: {}", e.toString());
      return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    KafkaStreamsMetrics metrics = new KafkaStreamsMetrics(streams);
    metrics.bindTo(registry);
    streams.start();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (streams.state() != KafkaStreams.State.RUNNING) {
      if (System.nanoTime() > deadline || !streams.state().isRunningOrRebalancing() && streams.state() != KafkaStreams.State.CREATED) {
        KafkaStreams.State state = streams.state();
        streams.close(Duration.ofSeconds(10));
        metrics.close();
        throw new IllegalStateException("stream app did not reach RUNNING within " + timeout + " (state " + state + ")");
      }
      sleep(50);
    }
    return new StreamApp(streams, metrics);
  }

  public KafkaStreams.State state() { return streams.state(); }

  static void createTopics(StreamSettings s) {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, s.bootstrapServers());
    try (Admin admin = Admin.create(p)) {
      Set<String> existing = admin.listTopics().names().get();
      List<NewTopic> missing = List.of(s.topics().items(), s.topics().links(), s.topics().deadLetter()).stream()
          .filter(t -> !existing.contains(t))
          .map(t -> new NewTopic(t, Optional.of(s.partitions()), Optional.empty()))
          .toList();
      if (missing.isEmpty()) return;
      try {
        admin.createTopics(missing).all().get();
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) throw e; // another instance created them first
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot create topics on " + s.bootstrapServers() + ": " + e.getCause().getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the stream app", e);
    }
  }

  @Override
  public void close() {
    streams.close(Duration.ofSeconds(30));
    metrics.close();
  }

  /** Producer settings for clients that feed the items topic (tests, bench, the demo). */
  public static Map<String, Object> producerConfig(String bootstrapServers) {
    return Map.of("bootstrap.servers", bootstrapServers, "acks", "all", "linger.ms", 5,
        "key.serializer", "org.apache.kafka.common.serialization.ByteArraySerializer",
        "value.serializer", "org.apache.kafka.common.serialization.ByteArraySerializer");
  }
}
