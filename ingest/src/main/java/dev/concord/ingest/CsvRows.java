package dev.concord.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;

/**
 * A CSV file that holds no items (gold pairs, splits), read with the same decoding and RFC 4180 handling as
 * {@link CsvItemReader} but strictly: the first malformed record, or one with the wrong number of fields, is an
 * {@link InputException} naming its file and physical line. Blank lines are skipped.
 */
public final class CsvRows {
  private CsvRows() {}

  /** A record's values and the physical line it starts on. */
  public record Row(long line, List<String> values) {
    public Row {
      values = List.copyOf(values);
    }
  }

  /** The header (column names, stripped) and the rows in file order. */
  public record Table(List<String> header, List<Row> rows) {
    public Table {
      header = List.copyOf(header);
      rows = List.copyOf(rows);
    }
  }

  public static Table read(Path file) throws IOException {
    String text = Decoding.decode(file, Optional.empty()).text();
    CsvTable table = CsvTable.open(file, text, CSVFormat.RFC4180);
    List<Row> rows = new ArrayList<>();
    try {
      table.forEachRecord(new ReadTally(file, 0), (line, rec) -> rows.add(new Row(line, rec.toList())));
    } catch (InputException e) {
      // strict: report the one bad record as itself, not as a --max-errors overflow
      ReadError first = e.errors().get(0);
      throw new InputException(file, first.line(), first.reason());
    }
    return new Table(table.header(), rows);
  }
}
