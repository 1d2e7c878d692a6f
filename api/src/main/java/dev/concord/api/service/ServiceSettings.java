package dev.concord.api.service;

import dev.concord.api.rest.RestSettings;
import dev.concord.api.stream.Topics;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything `concord serve` and `concord stream` need to start.
 *
 * @param dataDir       where embedded servers and stream state keep their data
 * @param jobsDir       the only folder batch jobs submitted over REST read files from
 * @param kafka         bootstrap servers of a real cluster; empty: an in-process broker
 * @param database      JDBC URL of a real PostgreSQL; empty: an embedded server
 * @param scorer        scorer the engine fits
 * @param k             candidates ranked per item
 * @param linksPerItem  links kept per streamed item
 * @param threshold     minimum link score; empty: chosen by the engine from the query sample, without gold
 * @param topics        topic names
 * @param applicationId Kafka Streams application id
 * @param instanceId    this instance's name in the group
 * @param partitions    partitions of topics created here
 * @param threads       stream threads
 * @param rest          REST settings; empty: no REST server (`concord stream`)
 */
public record ServiceSettings(Path dataDir, Path jobsDir, Optional<String> kafka, Optional<String> database, String scorer, int k,
                              int linksPerItem, OptionalDouble threshold, Topics topics, String applicationId,
                              String instanceId, int partitions, int threads, Optional<RestSettings> rest) {
  public ServiceSettings {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(jobsDir, "jobsDir");
    Objects.requireNonNull(topics, "topics");
  }
}
