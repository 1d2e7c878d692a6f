package dev.concord.api.stream;

import dev.concord.api.service.SharedEngine;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.Topology;

/**
 * The stream app's topology: items in, links and dead letters out. PostgreSQL is fed from the output topics by
 * {@link PostgresSink}, so that only committed links are persisted and a slow database never holds up linking.
 */
public final class LinkageTopology {
  static final String SOURCE = "items";
  static final String PROCESSOR = "link";
  static final String LINKS_SINK = "links";
  static final String DEAD_LETTER_SINK = "dead-letter";

  private LinkageTopology() {}

  public static Topology build(Topics topics, SharedEngine engine, LinkPolicy policy, MeterRegistry metrics) {
    Topology t = new Topology();
    // bytes in, so that a message that is not an item reaches the processor and can be dead-lettered as sent
    t.addSource(SOURCE, new ByteArrayDeserializer(), new ByteArrayDeserializer(), topics.items());
    t.addProcessor(PROCESSOR, () -> new LinkingProcessor(engine, policy, metrics), SOURCE);
    t.addSink(LINKS_SINK, topics.links(), new ByteArraySerializer(), new ByteArraySerializer(), PROCESSOR);
    t.addSink(DEAD_LETTER_SINK, topics.deadLetter(), new ByteArraySerializer(), new ByteArraySerializer(), PROCESSOR);
    return t;
  }
}
