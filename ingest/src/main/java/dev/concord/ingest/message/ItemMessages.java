package dev.concord.ingest.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concord.core.Item;
import dev.concord.core.ItemKind;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Items as JSON messages (the Kafka items topic, REST bodies): {@code {"corpus": "...", "id": "...", "kind": "row|text|spine", "fields": {...},
 * "text": "..."}}. Kind is optional (row when there are fields, else text); field values must be scalars.
 */
public final class ItemMessages {
  /** Longest id or corpus name accepted, so that keys stay usable in the store and in URLs. */
  static final int MAX_NAME = 512;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Reused: an ObjectWriter caches its root serializers, and producers call this per message. */
  private static final ObjectWriter WRITER = MAPPER.writer();

  private ItemMessages() {}

  /** Parses one message; a message that is not a valid item is rejected with the reason. */
  public static ParsedItem parse(byte[] bytes) {
    if (bytes == null || bytes.length == 0) return new ParsedItem.Rejected("empty message");
    JsonNode root;
    try {
      root = MAPPER.readTree(bytes);
    } catch (IOException e) {
      return new ParsedItem.Rejected("not JSON: " + firstLine(e.getMessage()));
    }
    return fromJson(root);
  }

  public static ParsedItem fromJson(JsonNode root) {
    if (root == null || !root.isObject()) return new ParsedItem.Rejected("not a JSON object");
    String corpus = name(root, "corpus");
    if (corpus == null) return new ParsedItem.Rejected(nameProblem(root, "corpus"));
    String id = name(root, "id");
    if (id == null) return new ParsedItem.Rejected(nameProblem(root, "id"));
    Map<String, String> fields = new LinkedHashMap<>();
    JsonNode f = root.get("fields");
    if (f != null && !f.isNull()) {
      if (!f.isObject()) return new ParsedItem.Rejected("'fields' must be an object of field name to value");
      for (Iterator<Map.Entry<String, JsonNode>> it = f.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode v = e.getValue();
        if (v.isContainerNode()) return new ParsedItem.Rejected("field '" + e.getKey() + "' must be a string or number, not " + v.getNodeType().name().toLowerCase(Locale.ROOT));
        fields.put(e.getKey(), v.isNull() ? "" : v.asText());
      }
    }
    JsonNode t = root.get("text");
    if (t != null && !t.isNull() && !t.isTextual()) return new ParsedItem.Rejected("'text' must be a string");
    String text = t == null || t.isNull() ? "" : t.asText();
    ItemKind kind;
    JsonNode k = root.get("kind");
    if (k == null || k.isNull()) {
      kind = fields.isEmpty() ? ItemKind.TEXT : ItemKind.ROW;
    } else {
      try {
        kind = ItemKind.valueOf(k.asText().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return new ParsedItem.Rejected("'kind' must be row, text or spine, was '" + k.asText() + "'");
      }
    }
    Item item = new Item(id, corpus, kind, fields, text);
    if (item.content().isBlank()) return new ParsedItem.Rejected("item " + corpus + "/" + id + " has no fields and no text");
    return new ParsedItem.Parsed(item);
  }

  /** The JSON message of an item (what a producer sends). */
  public static ObjectNode toJson(Item item) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("corpus", item.corpus());
    n.put("id", item.id());
    n.put("kind", item.kind().name().toLowerCase(Locale.ROOT));
    ObjectNode f = n.putObject("fields");
    item.fields().forEach(f::put);
    n.put("text", item.text());
    return n;
  }

  public static byte[] toBytes(Item item) {
    try {
      return WRITER.writeValueAsBytes(toJson(item));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise item " + item.corpus() + "/" + item.id(), e);
    }
  }

  private static String name(JsonNode root, String key) {
    JsonNode v = root.get(key);
    if (v == null || !(v.isTextual() || v.isIntegralNumber())) return null;
    String s = v.asText().strip();
    return s.isEmpty() || s.length() > MAX_NAME ? null : s;
  }

  private static String nameProblem(JsonNode root, String key) {
    JsonNode v = root.get(key);
    if (v == null || v.isNull()) return "missing '" + key + "'";
    if (!(v.isTextual() || v.isIntegralNumber())) return "'" + key + "' must be a string";
    return v.asText().isBlank() ? "'" + key + "' is blank" : "'" + key + "' is longer than " + MAX_NAME + " characters";
  }

  private static String firstLine(String s) {
    if (s == null) return "unreadable";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
