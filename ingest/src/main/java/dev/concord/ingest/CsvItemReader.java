package dev.concord.ingest;

import dev.concord.core.Corpus;
import dev.concord.core.Item;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * RFC 4180 CSV (quoting, embedded newlines, CRLF, BOM) with a header row that gives the schema.
 * Records with the wrong number of fields, an empty or duplicate id are rejected with their line.
 */
public final class CsvItemReader implements ItemReader {

  @Override
  public ReadResult read(Path file, ReadOptions options) throws IOException {
    String text = Decoding.decode(file, options.encoding()).text();
    CSVFormat format = CSVFormat.RFC4180.builder().setAllowMissingColumnNames(false).get();
    ErrorCollector errors = new ErrorCollector(file, options.maxErrors());
    List<Item> items = new ArrayList<>();
    List<String> header;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Iterator<CSVRecord> it = parser.iterator();
      if (!hasNext(it, file, 1)) {
        throw new InputException(file, 1, "empty file: a header row is required");
      }
      header = headerOf(file, next(it, file, 1));
      int idIdx = idIndex(file, header, options);
      int textIdx = options.textColumn().map(c -> indexOrFail(file, header, c, "text")).orElse(-1);
      Set<String> seen = new HashSet<>();
      long read = 0;
      while (hasNext(it, file, parser.getCurrentLineNumber() + 1)) {
        long line = parser.getCurrentLineNumber() + 1;
        CSVRecord rec = next(it, file, line);
        line = rec.getCharacterPosition() >= 0 ? lineAt(text, rec.getCharacterPosition()) : line;
        read++;
        if (rec.size() == 1 && rec.get(0).isEmpty() && header.size() > 1) {
          errors.reject(line, "empty line");
          continue;
        }
        if (rec.size() != header.size()) {
          errors.reject(line, "expected " + header.size() + " fields, found " + rec.size());
          continue;
        }
        String id = idIdx >= 0 ? rec.get(idIdx).strip() : Long.toString(read - 1);
        if (id.isEmpty()) {
          errors.reject(line, "empty id in column '" + header.get(idIdx) + "'");
          continue;
        }
        if (!seen.add(id)) {
          errors.reject(line, "duplicate id '" + id + "'");
          continue;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          if (i != idIdx && i != textIdx) fields.put(header.get(i), rec.get(i));
        }
        items.add(new Item(id, options.corpus(), options.kind(), fields, textIdx >= 0 ? rec.get(textIdx) : ""));
      }
      List<String> schema = new ArrayList<>(header);
      if (idIdx >= 0) schema.remove(idIdx);
      if (textIdx >= 0) schema.remove(header.get(textIdx));
      Corpus corpus = new Corpus(options.corpus(), schema, items);
      return new ReadResult(corpus, errors.report(read, items.size()));
    }
  }

  private static long lineAt(String text, long charPosition) {
    long line = 1;
    int end = (int) Math.min(charPosition, text.length());
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') line++;
    }
    return line;
  }

  private static boolean hasNext(Iterator<CSVRecord> it, Path file, long line) {
    try {
      return it.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new InputException(file, line, "malformed CSV: " + rootMessage(e));
    }
  }

  private static CSVRecord next(Iterator<CSVRecord> it, Path file, long line) {
    try {
      return it.next();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new InputException(file, line, "malformed CSV: " + rootMessage(e));
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) t = t.getCause();
    return t.getMessage();
  }

  private static List<String> headerOf(Path file, CSVRecord rec) {
    List<String> header = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String h : rec) {
      String name = h.strip();
      if (name.isEmpty()) throw new InputException(file, 1, "header has an empty column name at position " + (header.size() + 1));
      if (!seen.add(name)) throw new InputException(file, 1, "header repeats column '" + name + "'");
      header.add(name);
    }
    return header;
  }

  private static int idIndex(Path file, List<String> header, ReadOptions options) {
    if (options.idColumn().isPresent()) return indexOrFail(file, header, options.idColumn().get(), "id");
    return header.indexOf("id");
  }

  private static int indexOrFail(Path file, List<String> header, String column, String role) {
    int i = header.indexOf(column);
    if (i < 0) throw new InputException(file, 1, role + " column '" + column + "' is not in the header " + header);
    return i;
  }
}
