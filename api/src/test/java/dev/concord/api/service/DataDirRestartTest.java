package dev.concord.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.api.TopicReader;
import dev.concord.api.store.StoredLink;
import dev.concord.api.stream.StreamApp;
import dev.concord.core.Explanation;
import dev.concord.core.Link;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `concord serve` keeps in its data folder survives a restart: the embedded database's links and Kafka's topics. */
class DataDirRestartTest {
  @TempDir Path dataDir;

  @Test
  void linksAndTopicsSurviveARestartOfTheEmbeddedServers() throws Exception {
    StoredLink link = new StoredLink("q", "ref", new Link("L1", "R1", 0.9, "lexical/v1", Explanation.NONE), "lexical/v1");
    try (Infrastructure first = Infrastructure.start(dataDir, Optional.empty(), true, Optional.empty())) {
      assertThat(first.database().links().upsert(List.of(link))).isEqualTo(1);
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", first.bootstrapServers()))) {
        admin.createTopics(List.of(new NewTopic("kept", 1, (short) 1))).all().get();
      }
      try (KafkaProducer<byte[], byte[]> p = new KafkaProducer<>(StreamApp.producerConfig(first.bootstrapServers()))) {
        p.send(new ProducerRecord<>("kept", "hello".getBytes(StandardCharsets.UTF_8))).get();
      }
    }
    try (Infrastructure second = Infrastructure.start(dataDir, Optional.empty(), true, Optional.empty())) {
      assertThat(second.database().links().byLeft("q", "L1", 10)).containsExactly(link);
      assertThat(second.database().links().upsert(List.of(link))).isZero();
      try (TopicReader reader = new TopicReader(second.bootstrapServers(), "kept")) {
        assertThat(reader.readUntil(r -> !r.isEmpty(), Duration.ofSeconds(30)))
            .singleElement().satisfies(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("hello"));
      }
    }
  }
}
