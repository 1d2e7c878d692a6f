package dev.concord.ingest.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concord.core.Item;
import dev.concord.ingest.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsTest {
  @TempDir Path dir;

  private static final String SEGMENTS_HEADER =
      "image_name,mask_id,title,author,tag,isbn,not_book,not_in_db,segmentation_merged_books,series,section,ocr\n";

  @Test
  void booksKeepTheFirstOfARepeatedSegment() throws Exception {
    Files.writeString(dir.resolve("catalogue.csv"), "title,author,tag,series,isbn\nDune,Herbert,82 Her,,1\nEmma,Austen,82 Aus,,2\n");
    Files.writeString(dir.resolve("segments.csv"), SEGMENTS_HEADER
        + "p.jpg,1,Dune,Herbert,82 Her,,False,False,False,,,DUNE Herbert\n"
        + "p.jpg,1,Dune,Herbert,82 Her,1,False,False,False,,,DUNE Herbert\n"
        + "p.jpg,2,,,,,True,False,False,,,xx\n");
    assertThat(Datasets.layoutOf(dir)).isEqualTo(Layout.BOOKS);
    BooksDataset d = Datasets.books(dir);
    assertThat(d.segments().items()).extracting(Item::id).containsExactly("p.jpg#1", "p.jpg#2");
    assertThat(d.catalogue().items()).extracting(Item::id).containsExactly("2", "3");
    assertThat(d.gold().get("p.jpg#2").notBook()).isTrue();
  }

  @Test
  void anyOtherBadSegmentFailsTheLoad() throws Exception {
    Files.writeString(dir.resolve("catalogue.csv"), "title,author,tag,series,isbn\nDune,Herbert,82 Her,,1\n");
    Files.writeString(dir.resolve("segments.csv"), SEGMENTS_HEADER + "p.jpg,1,Dune,Herbert,82 Her,,False,False\n");
    assertThatThrownBy(() -> Datasets.books(dir)).isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).errors()).singleElement()
            .satisfies(err -> assertThat(err.line()).isEqualTo(2)));
  }

  @Test
  void erTablesMustBeClean() throws Exception {
    Files.writeString(dir.resolve("tableA.csv"), "id,name\n1,a\n1,b\n");
    Files.writeString(dir.resolve("tableB.csv"), "id,name\n1,a\n");
    Files.writeString(dir.resolve("gold.csv"), "ltable_id,rtable_id\n1,1\n");
    assertThatThrownBy(() -> Datasets.er(dir)).isInstanceOf(InputException.class)
        .hasMessageContaining("tableA.csv:3: duplicate id '1'");
  }
}
