package dev.concord.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Parsing of one JSON Lines record and conversion of JSON values to field text, shared by the JSONL readers.
 * Strict where JSON parsers are lenient by default: a repeated key or text after the object is an error, not
 * a value silently dropped.
 */
final class JsonLines {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
      .build();

  private JsonLines() {}

  /** Thrown for a record that cannot be used; its message is the reason. */
  static final class BadRecord extends Exception {
    BadRecord(String reason) {
      super(reason, null, false, false);
    }
  }

  /** The line as a JSON object. */
  static JsonNode object(String line) throws BadRecord {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " (column " + e.getLocation().getColumnNr() + ")";
      throw new BadRecord("invalid JSON: " + e.getOriginalMessage() + where);
    }
    if (node == null || !node.isObject()) {
      throw new BadRecord("expected a JSON object, found " + (node == null ? "nothing" : typeOf(node)));
    }
    return node;
  }

  /**
   * The text of a field value: a string as it is, a number as written, a boolean as true/false, null as
   * empty, a list of those joined by "; ".
   */
  static String fieldText(String name, JsonNode value) throws BadRecord {
    if (value.isArray()) {
      StringJoiner joined = new StringJoiner("; ");
      for (JsonNode element : value) {
        if (element.isContainerNode()) {
          throw new BadRecord("field '" + name + "' holds a nested " + typeOf(element)
              + "; values must be strings, numbers, booleans or lists of them");
        }
        joined.add(scalarText(element));
      }
      return joined.toString();
    }
    if (value.isObject()) {
      throw new BadRecord("field '" + name + "' holds an object; values must be strings, numbers, booleans or lists of them");
    }
    return scalarText(value);
  }

  /** An id or name: a non-blank string or an integer. */
  static String name(String key, JsonNode value) throws BadRecord {
    String s;
    if (value.isTextual()) {
      s = value.textValue().strip();
    } else if (value.isIntegralNumber()) {
      s = value.bigIntegerValue().toString();
    } else {
      throw new BadRecord("'" + key + "' must be a string or an integer, found " + typeOf(value));
    }
    if (s.isEmpty()) throw new BadRecord("empty '" + key + "'");
    return s;
  }

  static String typeOf(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static String scalarText(JsonNode value) {
    if (value.isNull()) return "";
    if (value.isIntegralNumber()) return value.bigIntegerValue().toString();
    if (value.isNumber()) return value.decimalValue().toPlainString();
    return value.asText();
  }
}
