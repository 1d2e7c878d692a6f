package dev.concord.api.stream;

import dev.concord.api.service.SharedEngine;
import dev.concord.api.store.StoredLink;
import dev.concord.core.Item;
import dev.concord.core.Link;
import dev.concord.ingest.message.ItemMessages;
import dev.concord.ingest.message.ParsedItem;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * One item message in: rejected to the dead-letter topic with its reason and original bytes, added to the
 * index when it belongs to the reference corpus, otherwise matched and its links emitted.
 */
final class LinkingProcessor implements Processor<byte[], byte[], byte[], byte[]> {
  static final String REASON_HEADER = "concord.reason";
  static final String SOURCE_HEADER = "concord.source";

  private final SharedEngine engine;
  private final LinkPolicy policy;
  private final Counter linked, unlinked, references, rejected, linksOut;
  private ProcessorContext<byte[], byte[]> context;

  LinkingProcessor(SharedEngine engine, LinkPolicy policy, MeterRegistry metrics) {
    this.engine = engine;
    this.policy = policy;
    this.linked = metrics.counter("concord.stream.items", "outcome", "linked");
    this.unlinked = metrics.counter("concord.stream.items", "outcome", "unlinked");
    this.references = metrics.counter("concord.stream.items", "outcome", "reference");
    this.rejected = metrics.counter("concord.stream.items", "outcome", "rejected");
    this.linksOut = metrics.counter("concord.stream.links");
  }

  @Override
  public void init(ProcessorContext<byte[], byte[]> context) {
    this.context = context;
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    ParsedItem parsed = ItemMessages.parse(record.value());
    if (parsed instanceof ParsedItem.Rejected r) {
      deadLetter(record, r.reason());
      return;
    }
    Item item = ((ParsedItem.Parsed) parsed).item();
    if (item.corpus().equals(engine.referenceCorpus())) {
      engine.addReference(item);
      references.increment();
      return;
    }
    List<Link> links;
    try {
      links = policy.links(engine.candidates(item, policy.maxLinks(), policy.threshold()), engine.modelVersion());
    } catch (RuntimeException e) {
      deadLetter(record, "matching failed: " + e.getMessage());
      return;
    }
    for (Link l : links) {
      StoredLink s = new StoredLink(item.corpus(), engine.referenceCorpus(), l, engine.modelVersion());
      context.forward(new Record<>(item.id().getBytes(StandardCharsets.UTF_8), LinkMessages.toBytes(s), record.timestamp()),
          LinkageTopology.LINKS_SINK);
    }
    (links.isEmpty() ? unlinked : linked).increment();
    linksOut.increment(links.size());
  }

  private void deadLetter(Record<byte[], byte[]> record, String reason) {
    RecordHeaders headers = new RecordHeaders(record.headers().toArray());
    headers.add(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
    context.recordMetadata().map(LinkingProcessor::source)
        .ifPresent(s -> headers.add(SOURCE_HEADER, s.getBytes(StandardCharsets.UTF_8)));
    context.forward(new Record<>(record.key(), record.value(), record.timestamp(), headers), LinkageTopology.DEAD_LETTER_SINK);
    rejected.increment();
  }

  private static String source(RecordMetadata m) {
    return m.topic() + "/" + m.partition() + "@" + m.offset();
  }
}
