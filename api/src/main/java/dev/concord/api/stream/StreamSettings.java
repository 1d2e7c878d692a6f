package dev.concord.api.stream;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where and how the stream app runs.
 *
 * @param bootstrapServers Kafka to connect to
 * @param applicationId    Kafka Streams application id (consumer group and transactional id prefix)
 * @param topics           topic names
 * @param partitions       partitions of topics this app creates when they are missing
 * @param threads          stream threads in this instance
 * @param stateDir         Kafka Streams' state folder
 * @param instanceId       this instance's stable name in the group (static membership), unique per instance
 */
public record StreamSettings(String bootstrapServers, String applicationId, Topics topics, int partitions, int threads,
                             Path stateDir, String instanceId) {
  public StreamSettings {
    Objects.requireNonNull(bootstrapServers, "bootstrapServers");
    Objects.requireNonNull(applicationId, "applicationId");
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(stateDir, "stateDir");
    if (instanceId.isBlank()) throw new IllegalArgumentException("instanceId must not be blank");
    if (partitions < 1) throw new IllegalArgumentException("partitions must be >= 1, was " + partitions);
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
  }
}
