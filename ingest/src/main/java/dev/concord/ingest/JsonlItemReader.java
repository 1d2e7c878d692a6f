package dev.concord.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.ItemKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * JSON Lines: one JSON object per line, in one of two forms.
 *
 * <ul>
 *   <li><b>item form</b>, recognised by a {@code fields} object or a {@code kind} of {@code row}, {@code text} or
 *       {@code spine}: {@code {"id": .., "corpus": .., "kind": .., "fields": {..}, "text": ..}}, as the item
 *       messages of the stream. {@code kind} defaults to text when there are no fields, else row; any other key
 *       is an error.</li>
 *   <li><b>flat form</b>, any other object: each key but the id and the text key is a field, in order.</li>
 * </ul>
 *
 * <p>The id is the key {@link ReadOptions#idColumn()} names (required on every line then), else {@code id}
 * when present, else the line number. The text key is {@link ReadOptions#textColumn()}, else {@code text}.
 * Field values may be strings, numbers (kept as written), booleans, null (empty) or lists of those (joined by
 * "; "). A file holds one corpus: a {@code corpus} that differs from an earlier line's is an error. Invalid
 * JSON, repeated keys, nested objects, empty or duplicate ids reject the line with the reason; blank lines are
 * skipped and counted.
 */
public final class JsonlItemReader implements ItemReader {
  private static final Set<String> KINDS = Set.of("row", "text", "spine");

  @Override
  public ReadResult read(Path file, ReadOptions options) throws IOException {
    Decoding.Decoded decoded = Decoding.decode(file, options.encoding());
    LineIndex lines = LineIndex.of(decoded.text());
    ReadTally tally = new ReadTally(file, options.maxErrors());
    Lines state = new Lines(options);
    for (long line = 1; line <= lines.count(); line++) {
      String content = lines.content(line);
      if (content.isBlank()) {
        tally.skipBlank();
        continue;
      }
      try {
        state.add(line, JsonLines.object(content));
        tally.accept();
      } catch (JsonLines.BadRecord e) {
        tally.reject(line, e.getMessage());
      }
    }
    return new ReadResult(new Corpus(options.corpus(), List.copyOf(state.schema), state.items),
        tally.report(decoded.encoding()));
  }

  /** What the lines read so far established: items, ids, the file's corpus name and the fields seen. */
  private static final class Lines {
    private final ReadOptions options;
    private final String idKey;
    private final String textKey;
    private final List<Item> items = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Set<String> schema = new LinkedHashSet<>();
    private String corpusName;
    private long corpusLine;

    Lines(ReadOptions options) {
      this.options = options;
      this.idKey = options.idColumn().orElse("id");
      this.textKey = options.textColumn().orElse("text");
    }

    void add(long line, JsonNode obj) throws JsonLines.BadRecord {
      String id = obj.has(idKey) ? JsonLines.name(idKey, obj.get(idKey)) : null;
      if (id == null) {
        if (options.idColumn().isPresent()) throw new JsonLines.BadRecord("missing id key '" + idKey + "'");
        id = Long.toString(line);
      }
      JsonNode textNode = obj.get(textKey);
      if (textNode != null && !textNode.isNull() && !textNode.isTextual()) {
        throw new JsonLines.BadRecord("'" + textKey + "' must be a string, found " + JsonLines.typeOf(textNode));
      }
      String text = textNode == null || textNode.isNull() ? "" : textNode.textValue();
      Map<String, String> fields = new LinkedHashMap<>();
      boolean itemForm = isItemForm(obj);
      ItemKind kind = itemForm ? itemForm(obj, fields) : flatForm(obj, fields, text);
      JsonNode corpusNode = itemForm ? obj.get("corpus") : null;
      String corpus = corpusNode == null || corpusNode.isNull() ? null : JsonLines.name("corpus", corpusNode);
      if (corpus != null && corpusName != null && !corpusName.equals(corpus)) {
        throw new JsonLines.BadRecord("corpus '" + corpus + "' differs from corpus '" + corpusName + "' of line "
            + corpusLine + "; one file holds one corpus");
      }
      if (fields.isEmpty() && textNode == null) {
        throw new JsonLines.BadRecord("no fields and no '" + textKey + "': nothing to match");
      }
      if (!ids.add(id)) throw new JsonLines.BadRecord("duplicate id '" + id + "'");
      if (corpus != null && corpusName == null) {
        corpusName = corpus;
        corpusLine = line;
      }
      schema.addAll(fields.keySet());
      items.add(new Item(id, options.corpus(), kind, fields, text));
    }

    private boolean isItemForm(JsonNode obj) {
      JsonNode kind = obj.get("kind");
      return obj.has("fields")
          || (kind != null && kind.isTextual() && KINDS.contains(kind.textValue().strip().toLowerCase(Locale.ROOT)));
    }

    private ItemKind itemForm(JsonNode obj, Map<String, String> fields) throws JsonLines.BadRecord {
      for (Iterator<String> keys = obj.fieldNames(); keys.hasNext(); ) {
        String key = keys.next();
        if (!key.equals(idKey) && !key.equals(textKey) && !Set.of("corpus", "kind", "fields").contains(key)) {
          throw new JsonLines.BadRecord("unexpected key '" + key + "' in an item with \"fields\" or \"kind\""
              + " (put it inside \"fields\")");
        }
      }
      JsonNode f = obj.get("fields");
      if (f != null && !f.isNull()) {
        if (!f.isObject()) throw new JsonLines.BadRecord("'fields' must be an object, found " + JsonLines.typeOf(f));
        for (Iterator<Map.Entry<String, JsonNode>> it = f.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          fields.put(e.getKey(), JsonLines.fieldText(e.getKey(), e.getValue()));
        }
      }
      JsonNode kind = obj.get("kind");
      if (kind == null || kind.isNull()) return fields.isEmpty() ? ItemKind.TEXT : ItemKind.ROW;
      String k = kind.isTextual() ? kind.textValue().strip().toLowerCase(Locale.ROOT) : "";
      if (!KINDS.contains(k)) throw new JsonLines.BadRecord("'kind' must be row, text or spine, found " + kind);
      return ItemKind.valueOf(k.toUpperCase(Locale.ROOT));
    }

    private ItemKind flatForm(JsonNode obj, Map<String, String> fields, String text) throws JsonLines.BadRecord {
      for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getKey().equals(idKey) && !e.getKey().equals(textKey)) {
          fields.put(e.getKey(), JsonLines.fieldText(e.getKey(), e.getValue()));
        }
      }
      if (options.kind() != ItemKind.ROW) return options.kind();
      return fields.isEmpty() && !text.isEmpty() ? ItemKind.TEXT : ItemKind.ROW;
    }
  }
}
