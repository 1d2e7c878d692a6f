package dev.concord.api.stream;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concord.api.store.Json;
import dev.concord.api.store.StoredLink;
import dev.concord.core.Explanation;
import dev.concord.core.Link;
import java.io.IOException;

/** Links as JSON, as written to the links topic and returned by REST. */
public final class LinkMessages {
  /**
   * The message on the links topic. Bound directly by Jackson in both directions: every link of the stream is
   * written once and read once by the sink, and going through a tree costs a second pass and its allocations.
   */
  @JsonPropertyOrder({"leftCorpus", "left", "rightCorpus", "right", "score", "method", "modelVersion", "explanation"})
  record Message(String leftCorpus, String left, String rightCorpus, String right, double score, String method,
                 String modelVersion, Explanation explanation) {
    static Message of(StoredLink l) {
      return new Message(l.leftCorpus(), l.link().left(), l.rightCorpus(), l.link().right(), l.link().score(), l.methodName(),
          l.modelVersion(), l.link().explanation());
    }
  }

  private static final ObjectReader READER = Json.MAPPER.readerFor(Message.class)
      .with(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
      .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private LinkMessages() {}

  public static ObjectNode toJson(StoredLink l) {
    return Json.MAPPER.valueToTree(Message.of(l));
  }

  public static byte[] toBytes(StoredLink l) {
    return Json.bytes(Message.of(l));
  }

  /** A link read back from the links topic; a message that is not one is an {@link IllegalStateException}. */
  public static StoredLink parse(byte[] bytes) {
    Message m;
    try {
      m = READER.readValue(bytes);
    } catch (IOException e) {
      throw new IllegalStateException("a record on the links topic is not a link: " + e.getMessage(), e);
    }
    return new StoredLink(m.leftCorpus(), m.rightCorpus(),
        new Link(m.left(), m.right(), m.score(), m.modelVersion(), m.explanation()), m.modelVersion());
  }
}
