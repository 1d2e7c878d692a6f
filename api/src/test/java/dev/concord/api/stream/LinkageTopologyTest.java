package dev.concord.api.stream;

import com.fasterxml.jackson.databind.JsonNode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.api.service.BundledExample;
import dev.concord.api.service.SharedEngine;
import dev.concord.api.store.Json;
import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.ingest.message.ItemMessages;
import dev.concord.matcher.EngineConfig;
import dev.concord.matcher.FitContext;
import dev.concord.matcher.MatchEngine;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The topology on Kafka Streams' test driver. */
class LinkageTopologyTest {
  private static final Topics TOPICS = Topics.DEFAULT;
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private TopologyTestDriver driver;
  private TestInputTopic<byte[], byte[]> in;
  private TestOutputTopic<byte[], byte[]> links;
  private TestOutputTopic<byte[], byte[]> dead;
  private SharedEngine engine;

  @BeforeEach
  void setUp() {
    BundledExample ex = BundledExample.load();
    // corpora renamed per test, so that rows of other tests in the shared database never interfere
    Corpus reference = rename(ex.register(), "register-" + run);
    engine = new SharedEngine(MatchEngine.fit(EngineConfig.DEFAULT, reference, ex.organisations(), FitContext.DEFAULT), reference);
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "topology-test");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    driver = new TopologyTestDriver(LinkageTopology.build(TOPICS, engine, new LinkPolicy(5, 1, 0.3), new SimpleMeterRegistry()), p);
    in = driver.createInputTopic(TOPICS.items(), new ByteArraySerializer(), new ByteArraySerializer());
    links = driver.createOutputTopic(TOPICS.links(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    dead = driver.createOutputTopic(TOPICS.deadLetter(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  private static Corpus rename(Corpus c, String name) {
    return new Corpus(name, c.schema(), c.items().stream().map(i -> new Item(i.id(), name, i.kind(), i.fields(), i.text())).toList());
  }

  private void send(Item item) {
    in.pipeInput(item.id().getBytes(StandardCharsets.UTF_8), ItemMessages.toBytes(item));
  }

  private Item query(String id, Map<String, String> fields) {
    return Item.row("organisations-" + run, id + "-" + run, fields);
  }

  @Test
  void aQueryItemComesOutAsItsLink() throws Exception {
    Item globex = query("L001", Map.of("name", "Globex International", "city", "Cypress Creek", "state", "OR"));
    send(globex);
    List<TestRecord<byte[], byte[]>> out = links.readRecordsToList();
    assertThat(out).hasSize(1);
    JsonNode link = Json.MAPPER.readTree(out.get(0).value());
    assertThat(link.get("left").asText()).isEqualTo(globex.id());
    assertThat(link.get("right").asText()).isEqualTo("R027");
    assertThat(link.get("rightCorpus").asText()).isEqualTo("register-" + run);
    assertThat(link.get("explanation").isObject()).isTrue();
    assertThat(new String(out.get(0).key(), StandardCharsets.UTF_8)).isEqualTo(globex.id());
    assertThat(link.get("modelVersion").asText()).isEqualTo(engine.modelVersion());
  }

  @Test
  void malformedMessagesGoToTheDeadLetterTopicWithTheirReasonAndTheAppKeepsGoing() {
    byte[] garbage = "{not json".getBytes(StandardCharsets.UTF_8);
    in.pipeInput("k1".getBytes(StandardCharsets.UTF_8), garbage);
    in.pipeInput("k2".getBytes(StandardCharsets.UTF_8), "{\"corpus\":\"x\",\"fields\":{\"name\":\"a\"}}".getBytes(StandardCharsets.UTF_8));
    in.pipeInput("k3".getBytes(StandardCharsets.UTF_8), "{\"corpus\":\"x\",\"id\":\"1\",\"fields\":{\"name\":[1]}}".getBytes(StandardCharsets.UTF_8));
    send(query("L002", Map.of("name", "Initech Software", "city", "Austin", "state", "TX")));

    List<TestRecord<byte[], byte[]>> rejected = dead.readRecordsToList();
    assertThat(rejected).hasSize(3);
    assertThat(rejected.get(0).value()).isEqualTo(garbage);
    assertThat(reason(rejected.get(0))).startsWith("not JSON");
    assertThat(new String(rejected.get(0).headers().lastHeader(LinkingProcessor.SOURCE_HEADER).value(), StandardCharsets.UTF_8))
        .isEqualTo(TOPICS.items() + "/0@0");
    assertThat(reason(rejected.get(1))).isEqualTo("missing 'id'");
    assertThat(reason(rejected.get(2))).isEqualTo("field 'name' must be a string or number, not array");
    assertThat(links.readRecordsToList()).hasSize(1);
  }

  @Test
  void referenceItemsOnTheStreamJoinTheIndex() throws Exception {
    Item newcomer = query("NEW", Map.of("name", "Zorblatt Quantum Widgets", "city", "Tallinn", "state", "EE"));
    send(newcomer);
    assertThat(links.readRecordsToList()).isEmpty();

    send(new Item("R999", engine.referenceCorpus(), dev.concord.core.ItemKind.ROW,
        Map.of("name", "ZORBLATT QUANTUM WIDGETS", "city", "Tallinn", "state", "EE"), ""));
    assertThat(engine.referenceSize()).isEqualTo(41);
    send(query("NEW2", Map.of("name", "Zorblatt Quantum Widgets", "city", "Tallinn", "state", "EE")));
    List<TestRecord<byte[], byte[]>> out = links.readRecordsToList();
    assertThat(out).hasSize(1);
    assertThat(Json.MAPPER.readTree(out.get(0).value()).get("right").asText()).isEqualTo("R999");
  }

  private static String reason(TestRecord<byte[], byte[]> r) {
    return new String(r.headers().lastHeader(LinkingProcessor.REASON_HEADER).value(), StandardCharsets.UTF_8);
  }
}
