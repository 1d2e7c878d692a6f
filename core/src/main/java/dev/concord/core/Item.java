package dev.concord.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One thing to match: a table row, a text or a spine.
 *
 * @param id     unique within its corpus
 * @param corpus the corpus it belongs to
 * @param kind   row, text or spine
 * @param fields ordered attribute name to value (empty for plain texts); values are never null
 * @param text   free text ("" for rows that have none)
 */
public record Item(String id, String corpus, ItemKind kind, Map<String, String> fields, String text) {

  public Item {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    LinkedHashMap<String, String> copy = new LinkedHashMap<>();
    Objects.requireNonNull(fields, "fields").forEach((k, v) -> copy.put(k, v == null ? "" : v));
    fields = Collections.unmodifiableMap(copy);
  }

  public static Item row(String corpus, String id, Map<String, String> fields) {
    return new Item(id, corpus, ItemKind.ROW, fields, "");
  }

  public static Item text(String corpus, String id, String text) {
    return new Item(id, corpus, ItemKind.TEXT, Map.of(), text);
  }

  /** The value of a field, or "" when the item has no such field. */
  public String field(String name) {
    return fields.getOrDefault(name, "");
  }

  /** All the item's words in one string: field values in schema order, then the text. */
  public String content() {
    StringBuilder sb = new StringBuilder();
    for (String v : fields.values()) {
      if (!v.isBlank()) {
        if (sb.length() > 0) sb.append(' ');
        sb.append(v);
      }
    }
    if (!text.isBlank()) {
      if (sb.length() > 0) sb.append(' ');
      sb.append(text);
    }
    return sb.toString();
  }

  /** A key unique across corpora. */
  public ItemKey key() {
    return new ItemKey(corpus, id);
  }
}
