package dev.concord.ingest;

import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.ItemKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plain text, one item per line: the id is the line number, the text the line without surrounding white
 * space. Blank lines are skipped and counted. A text file has no columns, so id and text column options are an
 * error rather than something silently ignored.
 */
public final class PlainTextItemReader implements ItemReader {

  @Override
  public ReadResult read(Path file, ReadOptions options) throws IOException {
    if (options.idColumn().isPresent() || options.textColumn().isPresent()) {
      throw new InputException(file, "a plain text file has one item per line and no columns;"
          + " ids are line numbers, so id and text column options do not apply");
    }
    Decoding.Decoded decoded = Decoding.decode(file, options.encoding());
    LineIndex lines = LineIndex.of(decoded.text());
    ReadTally tally = new ReadTally(file, options.maxErrors());
    ItemKind kind = options.kind() == ItemKind.ROW ? ItemKind.TEXT : options.kind();
    List<Item> items = new ArrayList<>();
    for (long line = 1; line <= lines.count(); line++) {
      String text = lines.content(line).strip();
      if (text.isEmpty()) {
        tally.skipBlank();
      } else {
        items.add(new Item(Long.toString(line), options.corpus(), kind, Map.of(), text));
        tally.accept();
      }
    }
    return new ReadResult(new Corpus(options.corpus(), List.of(), items), tally.report(decoded.encoding()));
  }
}
