package dev.concord.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A decoded CSV text read with Commons CSV: its header, then its data records, each with the physical line it
 * starts on (records may span lines inside quotes). Structural problems are the table's to report: a blank
 * line is skipped and counted, a record with the wrong number of fields is rejected, and malformed quoting
 * rejects the record it breaks, after which reading resumes on the next line, so one stray quote costs one
 * record, not the file.
 */
final class CsvTable {
  /** Receives each well-formed data record and its line. */
  interface RecordHandler {
    void record(long line, CSVRecord record);
  }

  private final Path file;
  private final String text;
  private final CSVFormat format;
  private final LineIndex lines;
  private final List<String> header;
  private CSVParser parser;
  private Iterator<CSVRecord> records;
  /** The physical line on which the current parser started. */
  private long firstLine = 1;

  private CsvTable(Path file, String text, CSVFormat format) {
    this.file = file;
    this.text = text;
    this.format = format;
    this.lines = LineIndex.of(text);
    if (lines.count() == 0) throw new InputException(file, 1, "empty file: a header row is required");
    open(0);
    CSVRecord first;
    try {
      first = records.next();
    } catch (UncheckedIOException e) {
      throw new InputException(file, 1, "malformed header: " + reason(e, 1));
    } catch (NoSuchElementException e) {
      throw new InputException(file, 1, "empty file: a header row is required");
    }
    this.header = headerOf(first);
  }

  /** Reads the header; throws {@link InputException} when the file is empty or its header unusable. */
  static CsvTable open(Path file, String text, CSVFormat format) {
    return new CsvTable(file, text, format);
  }

  /** The column names, stripped, in order; never empty, no name blank or repeated. */
  List<String> header() {
    return header;
  }

  /** Hands every well-formed data record to {@code handler}; blank and malformed ones go to {@code tally}. */
  void forEachRecord(ReadTally tally, RecordHandler handler) {
    while (true) {
      long line = firstLine + parser.getCurrentLineNumber();
      boolean more;
      try {
        more = records.hasNext();
      } catch (UncheckedIOException e) {
        long failedOn = firstLine - 1 + Math.max(1, parser.getCurrentLineNumber());
        tally.reject(line, reason(e, failedOn));
        // an unterminated quote swallowed the rest of the file: read on from the line after the one it opened on
        long resume = unterminated(e) ? line + 1 : Math.max(line, failedOn) + 1;
        if (resume > lines.count()) break;
        open(resume);
        continue;
      }
      if (!more) break;
      CSVRecord record = records.next();
      if (record.size() == 1 && record.get(0).isEmpty()) {
        tally.skipBlank();
      } else if (record.size() != header.size()) {
        tally.reject(line, "expected " + header.size() + " fields as in the header, found " + record.size());
      } else {
        handler.record(line, record);
      }
    }
  }

  private void open(long line) {
    StringReader reader = new StringReader(text);
    try {
      reader.skip(line <= 1 ? 0 : lines.start(line));
      parser = CSVParser.parse(reader, format);
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    records = parser.iterator();
    firstLine = Math.max(1, line);
  }

  private List<String> headerOf(CSVRecord record) {
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String h : record) {
      String name = h.strip();
      if (name.isEmpty()) {
        throw new InputException(file, 1, "header has an empty column name at position " + (names.size() + 1));
      }
      if (!seen.add(name)) throw new InputException(file, 1, "header repeats column '" + name + "'");
      names.add(name);
    }
    return List.copyOf(names);
  }

  private static boolean unterminated(UncheckedIOException e) {
    return String.valueOf(rootMessage(e)).contains("EOF reached before encapsulated token finished");
  }

  private static String reason(UncheckedIOException e, long failedOn) {
    String message = String.valueOf(rootMessage(e));
    if (unterminated(e)) {
      return "malformed CSV: a quoted field opened in this record is never closed";
    }
    if (message.contains("Invalid character between encapsulated token and delimiter")) {
      return "malformed CSV: text after the closing quote of a field on line " + failedOn
          + " (a quote inside a quoted field must be doubled)";
    }
    return "malformed CSV: " + message;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) t = t.getCause();
    return t.getMessage();
  }
}
