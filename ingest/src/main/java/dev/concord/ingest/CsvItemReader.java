package dev.concord.ingest;

import dev.concord.core.Corpus;
import dev.concord.core.Item;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;

/**
 * RFC 4180 CSV (quoting, embedded newlines, CRLF, BOM) with a header row that gives the schema; also the same
 * with tabs ({@link #tsv()}). Records with the wrong number of fields, malformed quoting, an empty or a
 * duplicate id are rejected with their line; blank lines are skipped and counted.
 */
public final class CsvItemReader implements ItemReader {
  private final CSVFormat format;

  public CsvItemReader() {
    this(',');
  }

  private CsvItemReader(char delimiter) {
    this.format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
  }

  /** Tab-separated values, quoted as in RFC 4180 when a value holds a tab, a quote or a line break. */
  public static CsvItemReader tsv() {
    return new CsvItemReader('\t');
  }

  @Override
  public ReadResult read(Path file, ReadOptions options) throws IOException {
    Decoding.Decoded decoded = Decoding.decode(file, options.encoding());
    CsvTable table = CsvTable.open(file, decoded.text(), format);
    List<String> header = table.header();
    int idIdx = options.idColumn().isPresent() ? indexOrFail(file, header, options.idColumn().get(), "id")
        : header.indexOf("id");
    int textIdx = options.textColumn().map(c -> indexOrFail(file, header, c, "text")).orElse(-1);
    if (idIdx >= 0 && idIdx == textIdx) {
      throw new InputException(file, 1, "column '" + header.get(idIdx) + "' cannot be both the id and the text");
    }
    ReadTally tally = new ReadTally(file, options.maxErrors());
    List<Item> items = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    table.forEachRecord(tally, (line, rec) -> {
      String id = idIdx >= 0 ? rec.get(idIdx).strip() : Long.toString(line);
      if (id.isEmpty()) {
        tally.reject(line, "empty id in column '" + header.get(idIdx) + "'");
        return;
      }
      if (!seen.add(id)) {
        tally.reject(line, "duplicate id '" + id + "'");
        return;
      }
      Map<String, String> fields = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        if (i != idIdx && i != textIdx) fields.put(header.get(i), rec.get(i));
      }
      items.add(new Item(id, options.corpus(), options.kind(), fields, textIdx >= 0 ? rec.get(textIdx) : ""));
      tally.accept();
    });
    List<String> schema = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (i != idIdx && i != textIdx) schema.add(header.get(i));
    }
    return new ReadResult(new Corpus(options.corpus(), schema, items), tally.report(decoded.encoding()));
  }

  private static int indexOrFail(Path file, List<String> header, String column, String role) {
    int i = header.indexOf(column);
    if (i < 0) throw new InputException(file, 1, role + " column '" + column + "' is not in the header " + header);
    return i;
  }
}
