package dev.concord.ingest;

import dev.concord.core.ItemKind;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * How to read a file into a corpus.
 *
 * @param corpus     name of the corpus the items go to
 * @param idColumn   column (JSON key) holding ids; empty means a column named {@code id} when there is one, else
 *                   the physical line the record starts on
 * @param textColumn column (JSON key) whose value becomes the item's text (making it a TEXT item); empty: none
 *                   for CSV, {@code text} for JSON Lines
 * @param kind       kind of the items read
 * @param encoding   charset to decode with; empty means UTF-8 (UTF-16 given a byte order mark), each line that is
 *                   not valid UTF-8 read as latin-1
 * @param maxErrors  how many rejected records to tolerate before giving up; negative means no limit
 */
public record ReadOptions(String corpus, Optional<String> idColumn, Optional<String> textColumn, ItemKind kind,
    Optional<Charset> encoding, long maxErrors) {

  public static ReadOptions rows(String corpus) {
    return new ReadOptions(corpus, Optional.empty(), Optional.empty(), ItemKind.ROW, Optional.empty(), -1);
  }

  public ReadOptions withIdColumn(String column) {
    return new ReadOptions(corpus, Optional.ofNullable(column), textColumn, kind, encoding, maxErrors);
  }

  public ReadOptions withTextColumn(String column) {
    return new ReadOptions(corpus, idColumn, Optional.ofNullable(column), ItemKind.TEXT, encoding, maxErrors);
  }

  public ReadOptions withEncoding(Charset charset) {
    return new ReadOptions(corpus, idColumn, textColumn, kind, Optional.ofNullable(charset), maxErrors);
  }

  public ReadOptions withMaxErrors(long n) {
    return new ReadOptions(corpus, idColumn, textColumn, kind, encoding, n);
  }

  public ReadOptions withKind(ItemKind k) {
    return new ReadOptions(corpus, idColumn, textColumn, k, encoding, maxErrors);
  }
}
