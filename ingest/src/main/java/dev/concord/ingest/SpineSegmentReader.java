package dev.concord.ingest;

import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.ItemKind;
import dev.concord.ingest.dataset.SpineGold;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads spine segments in the {@code segments.csv} layout (Llabrés et al., 2024): one row per spine segment
 * of a shelf photo, OCR text in {@code ocr}. Each segment becomes a SPINE item with id
 * {@code image_name#mask_id}, its OCR as text and the shelf photo in field {@code shelf}; the gold columns,
 * when present, are kept apart for scoring and never reach the matcher.
 */
public final class SpineSegmentReader {
  public static final String SHELF_FIELD = "shelf";
  private static final List<String> REQUIRED = List.of("image_name", "mask_id", "ocr");

  /** The segments and, per segment id, its gold (empty when the file has no gold columns). */
  public record Segments(ReadResult result, Map<String, SpineGold> gold) {}

  public Segments read(Path file, ReadOptions options) throws IOException {
    ReadResult raw = new CsvItemReader().read(file, options.withKind(ItemKind.SPINE).withIdColumn(null));
    for (String col : REQUIRED) {
      if (!raw.corpus().schema().contains(col)) {
        throw new InputException(file, 1, "spine segments need column '" + col + "'; header has " + raw.corpus().schema());
      }
    }
    boolean hasGold = raw.corpus().schema().containsAll(List.of("title", "author"));
    List<Item> items = new ArrayList<>(raw.corpus().size());
    Map<String, SpineGold> gold = new LinkedHashMap<>();
    List<ReadError> errors = new ArrayList<>(raw.report().errors());
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Item row : raw.corpus()) {
      String id = row.field("image_name").strip() + "#" + row.field("mask_id").strip();
      if (!seen.add(id)) {
        errors.add(new ReadError(file, -1, "duplicate segment " + id));
        continue;
      }
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put(SHELF_FIELD, row.field("image_name").strip());
      items.add(new Item(id, options.corpus(), ItemKind.SPINE, fields, row.field("ocr")));
      if (hasGold) {
        gold.put(id, new SpineGold(row.field("title"), row.field("author"), flag(row, "not_book"),
            flag(row, "not_in_db"), flag(row, "segmentation_merged_books")));
      }
    }
    long rejected = errors.size();
    ReadReport report = new ReadReport(file, raw.report().read(), raw.report().read() - rejected, rejected, errors);
    return new Segments(new ReadResult(new Corpus(options.corpus(), List.of(SHELF_FIELD), items), report), gold);
  }

  private static boolean flag(Item row, String column) {
    return row.field(column).strip().equalsIgnoreCase("true");
  }
}
