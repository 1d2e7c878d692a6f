package dev.concord.api.stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concord.api.store.Json;
import dev.concord.api.store.StoredLink;
import java.nio.charset.StandardCharsets;

/** Links as JSON, as written to the links topic and returned by REST. */
public final class LinkMessages {
  private LinkMessages() {}

  public static ObjectNode toJson(StoredLink l) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("leftCorpus", l.leftCorpus());
    n.put("left", l.link().left());
    n.put("rightCorpus", l.rightCorpus());
    n.put("right", l.link().right());
    n.put("score", l.link().score());
    n.put("method", l.methodName());
    n.put("modelVersion", l.modelVersion());
    n.set("explanation", Json.MAPPER.valueToTree(l.link().explanation()));
    return n;
  }

  public static byte[] toBytes(StoredLink l) {
    return Json.write(toJson(l)).getBytes(StandardCharsets.UTF_8);
  }
}
