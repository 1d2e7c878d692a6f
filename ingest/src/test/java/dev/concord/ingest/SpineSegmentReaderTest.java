package dev.concord.ingest;

import static dev.concord.ingest.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.concord.core.Item;
import dev.concord.core.ItemKind;
import dev.concord.ingest.dataset.SpineGold;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpineSegmentReaderTest {
  @TempDir Path dir;
  private final SpineSegmentReader reader = new SpineSegmentReader();

  @Test
  void csvSegmentsWithGold() throws Exception {
    String csv = "image_name,mask_id,title,author,not_book,not_in_db,segmentation_merged_books,ocr\n"
        + "p1.jpg,2,Desembalo mi biblioteca,\"Benjamin, Walter\",False,False,False,\"9 Ben\nDesembalo\"\n"
        + "p1.jpg,3,,,True,False,False,\n"
        + "p1.jpg,2,Again,X,False,False,False,dup\n"
        + "p2.jpg,,T,A,False,False,False,no mask\n"
        + "p2.jpg,5,T,A,maybe,False,False,bad flag\n";
    SpineSegmentReader.Segments s = reader.read(write(dir, "segments.csv", csv), ReadOptions.rows("segments"));
    assertThat(s.result().corpus().items()).extracting(Item::id, Item::kind, Item::text, i -> i.field("shelf"))
        .containsExactly(tuple("p1.jpg#2", ItemKind.SPINE, "9 Ben\nDesembalo", "p1.jpg"), tuple("p1.jpg#3", ItemKind.SPINE, "", "p1.jpg"));
    assertThat(s.gold()).containsEntry("p1.jpg#2", new SpineGold("Desembalo mi biblioteca", "Benjamin, Walter", false, false, false))
        .containsEntry("p1.jpg#3", new SpineGold("", "", true, false, false));
    assertThat(s.result().report().errors()).extracting(ReadError::line, ReadError::reason).containsExactly(
        tuple(5L, "duplicate segment p1.jpg#2 (the first row of it is kept)"),
        tuple(6L, "empty mask_id"),
        tuple(7L, "column 'not_book' must be True or False, was 'maybe'"));
  }

  @Test
  void csvWithoutGoldAndMissingColumns() throws Exception {
    SpineSegmentReader.Segments s = reader.read(write(dir, "a.csv", "image_name,mask_id,ocr\np,1,text\n"), ReadOptions.rows("s"));
    assertThat(s.gold()).isEmpty();
    assertThat(s.result().corpus().get(0).id()).isEqualTo("p#1");
    assertThatThrownBy(() -> reader.read(write(dir, "b.csv", "image_name,ocr\np,x\n"), ReadOptions.rows("s")))
        .isInstanceOf(InputException.class).hasMessageContaining("b.csv:1: spine segments need column 'mask_id'");
  }

  @Test
  void jsonLinesOneShelfPerLine() throws Exception {
    String jsonl = "{\"shelf\": \"p1.jpg\", \"segments\": [{\"mask_id\": 2, \"ocr\": \"9 Ben\"}, {\"id\": \"3\", \"ocr\": \"Maa\","
        + " \"title\": \"El Desajuste\", \"author\": \"Maalouf\", \"not_in_db\": \"False\"}]}\n"
        + "\n"
        + "{\"shelf\": \"p2.jpg\", \"segments\": [{\"ocr\": \"no id\"}, {\"mask_id\": 1, \"ocr\": 5}, 7,"
        + " {\"mask_id\": 1, \"id\": 2, \"ocr\": \"\"}, {\"mask_id\": 9, \"ocr\": null}]}\n"
        + "{\"segments\": []}\n"
        + "{\"shelf\": \"p3.jpg\", \"segments\": {}}\n"
        + "not json\n"
        + "{\"shelf\": \"p1.jpg\", \"segments\": [{\"mask_id\": \"2\", \"ocr\": \"again\"}]}\n";
    SpineSegmentReader.Segments s = reader.read(write(dir, "shelves.jsonl", jsonl), ReadOptions.rows("segments"));
    assertThat(s.result().corpus().items()).extracting(Item::id, Item::text)
        .containsExactly(tuple("p1.jpg#2", "9 Ben"), tuple("p1.jpg#3", "Maa"), tuple("p2.jpg#9", ""));
    assertThat(s.gold()).containsOnlyKeys("p1.jpg#3");
    assertThat(s.gold().get("p1.jpg#3")).isEqualTo(new SpineGold("El Desajuste", "Maalouf", false, false, false));
    assertThat(s.result().report().errors()).extracting(ReadError::line, ReadError::reason).containsExactly(
        tuple(3L, "segment 1 of shelf p2.jpg: missing 'mask_id' (or 'id')"),
        tuple(3L, "segment 2 of shelf p2.jpg: 'ocr' must be a string, found number"),
        tuple(3L, "segment 3 of shelf p2.jpg: not an object but number"),
        tuple(3L, "segment 4 of shelf p2.jpg: both 'mask_id' and 'id' given; give one"),
        tuple(4L, "missing 'shelf'"),
        tuple(5L, "'segments' must be a list of {\"mask_id\", \"ocr\"} objects, found object"),
        tuple(6L, "invalid JSON: Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false') (column 4)"),
        tuple(7L, "duplicate segment p1.jpg#2 (the first row of it is kept)"));
    ReadReport report = s.result().report();
    assertThat(report.read()).isEqualTo(report.accepted() + report.rejected() + report.skipped());
    assertThat(report.skipped()).isEqualTo(1);
  }

  @Test
  void maxErrorsAppliesToSegments() {
    Path file = write(dir, "a.csv", "image_name,mask_id,ocr\np,1,a\np,1,b\n");
    assertThatThrownBy(() -> reader.read(file, ReadOptions.rows("s").withMaxErrors(0)))
        .isInstanceOf(InputException.class).hasMessageContaining(file + ":3: duplicate segment p#1");
  }
}
