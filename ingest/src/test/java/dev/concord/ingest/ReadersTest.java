package dev.concord.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReadersTest {
  @Test
  void dispatchesOnTheExtension() {
    assertThat(Readers.forFile(Path.of("a.CSV"))).isInstanceOf(CsvItemReader.class);
    assertThat(Readers.forFile(Path.of("a.tsv"))).isInstanceOf(CsvItemReader.class);
    assertThat(Readers.forFile(Path.of("dir/a.jsonl"))).isInstanceOf(JsonlItemReader.class);
    assertThat(Readers.forFile(Path.of("a.ndjson"))).isInstanceOf(JsonlItemReader.class);
    assertThat(Readers.forFile(Path.of("a.txt"))).isInstanceOf(PlainTextItemReader.class);
    assertThatThrownBy(() -> Readers.forFile(Path.of("a.xlsx")))
        .isInstanceOf(InputException.class).hasMessageStartingWith("a.xlsx: unsupported file type");
  }
}
