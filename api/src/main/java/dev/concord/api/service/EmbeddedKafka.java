package dev.concord.api.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A single-node Kafka (KRaft, broker and controller in one) inside this JVM, for when no cluster is given.
 * Its logs live in a folder of the caller's choosing and survive a restart: the cluster id is kept in that
 * folder and the node is formatted only on first use.
 */
public final class EmbeddedKafka implements AutoCloseable {
  private static final String CLUSTER_ID_FILE = "cluster-id";

  private final KafkaClusterTestKit cluster;

  private EmbeddedKafka(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  public static EmbeddedKafka start(Path dir) {
    try {
      Files.createDirectories(dir);
      Path idFile = dir.resolve(CLUSTER_ID_FILE);
      boolean fresh = !Files.exists(idFile);
      String clusterId = fresh ? org.apache.kafka.common.Uuid.randomUuid().toString() : Files.readString(idFile).strip();
      TestKitNodes nodes = new TestKitNodes.Builder()
          .setCombined(true)
          .setNumBrokerNodes(1)
          .setNumControllerNodes(1)
          .setBaseDirectory(dir.resolve("kraft"))
          .setClusterId(clusterId)
          .build();
      KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes)
          .setDeleteOnClose(false)
          // one broker: internal topics cannot have more replicas than that
          .setConfigProp("offsets.topic.replication.factor", "1")
          .setConfigProp("offsets.topic.num.partitions", "4")
          .setConfigProp("transaction.state.log.replication.factor", "1")
          .setConfigProp("transaction.state.log.min.isr", "1")
          .setConfigProp("transaction.state.log.num.partitions", "4")
          .setConfigProp("group.initial.rebalance.delay.ms", "0")
          .setConfigProp("auto.create.topics.enable", "false")
          .build();
      if (fresh) cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
      if (fresh) Files.writeString(idFile, clusterId);
      return new EmbeddedKafka(cluster);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded Kafka in " + dir + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the embedded Kafka", e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the embedded Kafka in " + dir + ": " + e.getMessage(), e);
    }
  }

  public String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  @Override
  public void close() {
    try {
      cluster.close();
    } catch (Exception e) {
      throw new IllegalStateException("stopping the embedded Kafka: " + e.getMessage(), e);
    }
  }
}
