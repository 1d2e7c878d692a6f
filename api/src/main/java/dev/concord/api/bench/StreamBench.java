package dev.concord.api.bench;

import dev.concord.api.service.LinkageService;
import dev.concord.ingest.message.ItemMessages;
import dev.concord.api.stream.StreamApp;
import dev.concord.core.Corpus;
import dev.concord.core.Item;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Two measurements of a running {@link LinkageService}: sustained throughput (a backlog of items produced as
 * fast as possible, timed from the first send until the stream app has handled them all) and end-to-end latency
 * (items produced at a fixed rate below capacity, timed from send until their link is readable, committed, on
 * the links topic).
 */
public final class StreamBench {
  /**
   * @param items            items in the throughput phase
   * @param itemsPerSec      throughput over the whole phase
   * @param steadyPerSec     throughput between 10% and 90% handled (start-up and drain left out)
   * @param persistedSeconds from the first send until PostgreSQL held every link of the phase
   * @param cpuSeconds       CPU time of this process (stream app, in-process broker, sink, load) over the phase
   * @param latencyRate      items per second sent in the latency phase
   * @param latencySamples   links timed in the latency phase
   */
  public record Result(long items, double itemsPerSec, double steadyPerSec, double persistedSeconds, double cpuSeconds, double latencyRate,
                       long latencySamples, double p50Millis, double p99Millis, double maxMillis) {}

  private StreamBench() {}

  /**
   * @param latencyItems given the sustained throughput measured, the items of the latency phase (their count
   *                     over {@code latencySeconds} sets its rate)
   */
  public static Result run(LinkageService svc, Corpus warmupItems, Corpus throughputItems,
                           java.util.function.DoubleFunction<Corpus> latencyItems, int latencySeconds) throws InterruptedException {
    String bootstrap = svc.infrastructure().bootstrapServers();
    String topic = svc.settings().topics().items();
    Map<String, Object> pc = new HashMap<>(StreamApp.producerConfig(bootstrap));
    // the load generator shares the cores with what it measures: few, large batches
    pc.put("batch.size", 256 * 1024);
    pc.put("linger.ms", 20);
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(pc)) {
      // warm-up: the same work as the measured backlog, so that the JIT has compiled the Kafka, JSON, engine and
      // sink paths before anything is timed
      if (warmupItems.size() > 0) {
        long handled0 = svc.itemsHandled();
        long emitted0 = (long) svc.metrics().counter("concord.stream.links").count();
        records(topic, warmupItems).forEach(producer::send);
        producer.flush();
        while (svc.itemsHandled() - handled0 < warmupItems.size()) Thread.sleep(50);
        awaitPersisted(svc, warmupItems.name(), (long) svc.metrics().counter("concord.stream.links").count() - emitted0);
      }
      // throughput: the whole backlog at once, serialised before the clock starts
      List<ProducerRecord<byte[], byte[]>> backlog = records(topic, throughputItems);
      long handled0 = svc.itemsHandled();
      long emitted0 = (long) svc.metrics().counter("concord.stream.links").count();
      long n = backlog.size();
      long cpu0 = ProcessCpu.nanos();
      long t0 = System.nanoTime();
      backlog.forEach(producer::send);
      producer.flush();
      long t10 = 0, t90 = 0;
      while (svc.itemsHandled() - handled0 < n) {
        long done = svc.itemsHandled() - handled0;
        if (t10 == 0 && done >= n / 10) t10 = System.nanoTime();
        if (t90 == 0 && done >= n * 9 / 10) t90 = System.nanoTime();
        Thread.sleep(20);
      }
      long tEnd = System.nanoTime();
      if (t90 == 0) t90 = tEnd;
      long emitted = (long) svc.metrics().counter("concord.stream.links").count() - emitted0;
      awaitPersisted(svc, throughputItems.name(), emitted);
      double persisted = (System.nanoTime() - t0) / 1e9;
      double cpu = (ProcessCpu.nanos() - cpu0) / 1e9;

      // latency: a steady trickle below capacity
      double steady = 0.8 * n / ((t90 - t10) / 1e9);
      Corpus trickle = latencyItems.apply(steady);
      double latencyRate = (double) trickle.size() / latencySeconds;
      LatencyStats stats = new LatencyStats();
      AtomicBoolean reading = new AtomicBoolean(true);
      Thread reader = new Thread(() -> readLinks(bootstrap, svc.settings().topics().links(), trickle.name(), stats, reading));
      reader.start();
      Thread.sleep(2000); // the reader joins its group and seeks to the end before anything is sent
      long interval = (long) (1e9 / latencyRate);
      long start = System.nanoTime();
      List<Item> li = trickle.items();
      for (int i = 0; i < li.size(); i++) {
        long wait = start + i * interval - System.nanoTime();
        if (wait > 0) LockSupport.parkNanos(wait);
        Item item = li.get(i);
        producer.send(new ProducerRecord<>(topic, null, System.currentTimeMillis(), item.id().getBytes(StandardCharsets.UTF_8),
            ItemMessages.toBytes(item)));
      }
      producer.flush();
      Thread.sleep(3000);
      reading.set(false);
      reader.join();
      return new Result(n, n / ((tEnd - t0) / 1e9), steady, persisted, cpu, latencyRate, stats.count(),
          stats.percentileMillis(50), stats.percentileMillis(99), stats.maxMillis());
    }
  }

  private static List<ProducerRecord<byte[], byte[]>> records(String topic, Corpus items) {
    return items.items().stream()
        .map(i -> new ProducerRecord<>(topic, i.id().getBytes(StandardCharsets.UTF_8), ItemMessages.toBytes(i))).toList();
  }

  private static void awaitPersisted(LinkageService svc, String corpus, long links) throws InterruptedException {
    String version = svc.engine().modelVersion();
    while (svc.infrastructure().database().links().count(corpus, version) < links) Thread.sleep(50);
  }

  private static void readLinks(String bootstrap, String topic, String corpus, LatencyStats stats, AtomicBoolean reading) {
    Map<String, Object> cfg = Map.of("bootstrap.servers", bootstrap, "group.id", "concord-bench-" + UUID.randomUUID(),
        "auto.offset.reset", "latest", "isolation.level", "read_committed");
    byte[] marker = ("\"leftCorpus\":\"" + corpus + "\"").getBytes(StandardCharsets.UTF_8);
    try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(cfg, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      c.subscribe(List.of(topic));
      while (reading.get()) {
        for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(100))) {
          if (contains(r.value(), marker)) stats.recordNanos((System.currentTimeMillis() - r.timestamp()) * 1_000_000L);
        }
      }
    }
  }

  private static boolean contains(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
      return true;
    }
    return false;
  }
}
