package dev.concord.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.ItemKind;
import dev.concord.ingest.dataset.SpineGold;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;

/**
 * Reads the spine segments of shelf photos (Llabrés et al., 2024). Each segment becomes a SPINE item with id
 * {@code shelf#mask_id}, its OCR as text and the shelf photo in field {@code shelf}; gold, when given, is kept
 * apart for scoring and never reaches the matcher. Ids and text come from the layout, so the id and text
 * column options do not apply. Two layouts:
 *
 * <ul>
 *   <li>CSV ({@code segments.csv}): one row per segment, columns {@code image_name, mask_id, ocr}, and gold
 *       columns {@code title, author, not_book, not_in_db, segmentation_merged_books} when both title and author
 *       are there;</li>
 *   <li>JSON Lines ({@code .jsonl}): one shelf per line,
 *       {@code {"shelf": "img.jpg", "segments": [{"mask_id": 3, "ocr": "..."}, ...]}}, a segment's id in
 *       {@code mask_id} or {@code id}, and the same gold keys on a segment when it has gold.</li>
 * </ul>
 *
 * <p>Records are segments: a bad segment rejects that segment, a bad line (invalid JSON, no shelf) the line.
 */
public final class SpineSegmentReader {
  public static final String SHELF_FIELD = "shelf";
  /** How the reason of a rejected repeated segment starts. */
  public static final String DUPLICATE_SEGMENT = "duplicate segment";
  private static final List<String> REQUIRED = List.of("image_name", "mask_id", "ocr");
  private static final List<String> FLAGS = List.of("not_book", "not_in_db", "segmentation_merged_books");

  /** The segments and, per segment id, its gold (empty when the file has no gold). */
  public record Segments(ReadResult result, Map<String, SpineGold> gold) {}

  public Segments read(Path file, ReadOptions options) throws IOException {
    Decoding.Decoded decoded = Decoding.decode(file, options.encoding());
    ReadTally tally = new ReadTally(file, options.maxErrors());
    Collected collected = new Collected(options.corpus(), tally);
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      readJsonl(decoded.text(), tally, collected);
    } else {
      readCsv(file, decoded.text(), tally, collected);
    }
    Corpus corpus = new Corpus(options.corpus(), List.of(SHELF_FIELD), collected.items);
    return new Segments(new ReadResult(corpus, tally.report(decoded.encoding())), collected.gold);
  }

  private static void readCsv(Path file, String text, ReadTally tally, Collected collected) {
    CsvTable table = CsvTable.open(file, text, CSVFormat.RFC4180);
    List<String> header = table.header();
    for (String col : REQUIRED) {
      if (!header.contains(col)) {
        throw new InputException(file, 1, "spine segments need column '" + col + "'; header has " + header);
      }
    }
    boolean hasGold = header.containsAll(List.of("title", "author"));
    int image = header.indexOf("image_name");
    int mask = header.indexOf("mask_id");
    int ocr = header.indexOf("ocr");
    table.forEachRecord(tally, (line, rec) -> {
      Optional<SpineGold> gold = Optional.empty();
      if (hasGold) {
        boolean[] flags = new boolean[FLAGS.size()];
        for (int i = 0; i < flags.length; i++) {
          int col = header.indexOf(FLAGS.get(i));
          Optional<Boolean> flag = col >= 0 ? flag(rec.get(col)) : Optional.of(false);
          if (flag.isEmpty()) {
            tally.reject(line, "column '" + FLAGS.get(i) + "' must be True or False, was '" + rec.get(col) + "'");
            return;
          }
          flags[i] = flag.get();
        }
        gold = Optional.of(new SpineGold(rec.get(header.indexOf("title")), rec.get(header.indexOf("author")),
            flags[0], flags[1], flags[2]));
      }
      collected.add(line, rec.get(image), rec.get(mask), rec.get(ocr), gold);
    });
  }

  private static void readJsonl(String text, ReadTally tally, Collected collected) {
    LineIndex lines = LineIndex.of(text);
    for (long line = 1; line <= lines.count(); line++) {
      String content = lines.content(line);
      if (content.isBlank()) {
        tally.skipBlank();
        continue;
      }
      JsonNode segments;
      String shelf;
      try {
        JsonNode obj = JsonLines.object(content);
        for (Iterator<String> keys = obj.fieldNames(); keys.hasNext(); ) {
          String key = keys.next();
          if (!key.equals("shelf") && !key.equals("segments")) {
            throw new JsonLines.BadRecord("unexpected key '" + key + "': a shelf line has 'shelf' and 'segments'");
          }
        }
        if (!obj.has("shelf")) throw new JsonLines.BadRecord("missing 'shelf'");
        shelf = JsonLines.name("shelf", obj.get("shelf"));
        segments = obj.get("segments");
        if (segments == null || !segments.isArray()) {
          throw new JsonLines.BadRecord("'segments' must be a list of {\"mask_id\", \"ocr\"} objects, found "
              + (segments == null ? "nothing" : JsonLines.typeOf(segments)));
        }
      } catch (JsonLines.BadRecord e) {
        tally.reject(line, e.getMessage());
        continue;
      }
      for (int i = 0; i < segments.size(); i++) {
        try {
          JsonNode seg = segments.get(i);
          if (!seg.isObject()) throw new JsonLines.BadRecord("not an object but " + JsonLines.typeOf(seg));
          collected.add(line, shelf, segmentId(seg), ocr(seg), gold(seg));
        } catch (JsonLines.BadRecord e) {
          tally.reject(line, "segment " + (i + 1) + " of shelf " + shelf + ": " + e.getMessage());
        }
      }
    }
  }

  private static String segmentId(JsonNode seg) throws JsonLines.BadRecord {
    JsonNode mask = seg.get("mask_id");
    JsonNode id = seg.get("id");
    if (mask == null && id == null) throw new JsonLines.BadRecord("missing 'mask_id' (or 'id')");
    if (mask != null && id != null) throw new JsonLines.BadRecord("both 'mask_id' and 'id' given; give one");
    return mask != null ? JsonLines.name("mask_id", mask) : JsonLines.name("id", id);
  }

  private static String ocr(JsonNode seg) throws JsonLines.BadRecord {
    JsonNode ocr = seg.get("ocr");
    if (ocr == null) throw new JsonLines.BadRecord("missing 'ocr'");
    if (ocr.isNull()) return "";
    if (!ocr.isTextual()) throw new JsonLines.BadRecord("'ocr' must be a string, found " + JsonLines.typeOf(ocr));
    return ocr.textValue();
  }

  private static Optional<SpineGold> gold(JsonNode seg) throws JsonLines.BadRecord {
    if (!seg.has("title") && !seg.has("author")) return Optional.empty();
    boolean[] flags = new boolean[FLAGS.size()];
    for (int i = 0; i < flags.length; i++) {
      JsonNode v = seg.get(FLAGS.get(i));
      Optional<Boolean> flag = v == null || v.isNull() ? Optional.of(false)
          : v.isBoolean() ? Optional.of(v.booleanValue()) : v.isTextual() ? flag(v.textValue()) : Optional.empty();
      if (flag.isEmpty()) throw new JsonLines.BadRecord("'" + FLAGS.get(i) + "' must be true or false, found " + v);
      flags[i] = flag.get();
    }
    return Optional.of(new SpineGold(JsonLines.fieldText("title", orNull(seg, "title")),
        JsonLines.fieldText("author", orNull(seg, "author")), flags[0], flags[1], flags[2]));
  }

  private static JsonNode orNull(JsonNode seg, String key) {
    return seg.has(key) ? seg.get(key) : NullNode.getInstance();
  }

  /** True/False as the data set writes them; empty means false. */
  private static Optional<Boolean> flag(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.equals("true")) return Optional.of(true);
    if (v.equals("false") || v.isEmpty()) return Optional.of(false);
    return Optional.empty();
  }

  /** The segments accepted so far. */
  private static final class Collected {
    private final String corpus;
    private final ReadTally tally;
    private final List<Item> items = new ArrayList<>();
    private final Map<String, SpineGold> gold = new LinkedHashMap<>();
    private final Set<String> ids = new HashSet<>();

    Collected(String corpus, ReadTally tally) {
      this.corpus = corpus;
      this.tally = tally;
    }

    void add(long line, String shelf, String mask, String ocr, Optional<SpineGold> segmentGold) {
      String s = shelf.strip();
      String m = mask.strip();
      if (s.isEmpty()) {
        tally.reject(line, "empty shelf photo name (image_name)");
        return;
      }
      if (m.isEmpty()) {
        tally.reject(line, "empty mask_id");
        return;
      }
      String id = s + "#" + m;
      if (!ids.add(id)) {
        tally.reject(line, DUPLICATE_SEGMENT + " " + id + " (the first row of it is kept)");
        return;
      }
      items.add(new Item(id, corpus, ItemKind.SPINE, Map.of(SHELF_FIELD, s), ocr));
      segmentGold.ifPresent(g -> gold.put(id, g));
      tally.accept();
    }
  }
}
