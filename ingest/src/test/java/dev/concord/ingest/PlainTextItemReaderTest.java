package dev.concord.ingest;

import static dev.concord.ingest.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.concord.core.Item;
import dev.concord.core.ItemKind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextItemReaderTest {
  @TempDir Path dir;
  private final PlainTextItemReader reader = new PlainTextItemReader();

  @Test
  void oneItemPerLineWithTheLineNumberAsId() throws Exception {
    ReadResult r = reader.read(write(dir, "a.txt", "first claim\r\n\r\n  second, indented  \n \t \nthird\rfourth"),
        ReadOptions.rows("c"));
    assertThat(r.corpus().items()).extracting(Item::id, Item::text, Item::kind).containsExactly(
        tuple("1", "first claim", ItemKind.TEXT), tuple("3", "second, indented", ItemKind.TEXT),
        tuple("5", "third", ItemKind.TEXT), tuple("6", "fourth", ItemKind.TEXT));
    assertThat(r.report()).extracting(ReadReport::read, ReadReport::accepted, ReadReport::rejected, ReadReport::skipped)
        .containsExactly(6L, 4L, 0L, 2L);
    assertThat(r.report().summary()).endsWith("read 6, accepted 4, rejected 0, skipped 2 blank (UTF-8)");
  }

  @Test
  void columnOptionsDoNotApply() {
    Path file = write(dir, "a.txt", "x\n");
    assertThatThrownBy(() -> reader.read(file, ReadOptions.rows("c").withIdColumn("id")))
        .isInstanceOf(InputException.class).hasMessageStartingWith(file + ": a plain text file has one item per line");
  }

  @Test
  void emptyFileGivesNoItems() throws Exception {
    ReadResult r = reader.read(write(dir, "a.txt", ""), ReadOptions.rows("c"));
    assertThat(r.corpus().size()).isZero();
  }
}
