package dev.concord.ingest;

import static dev.concord.ingest.TestFiles.concat;
import static dev.concord.ingest.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concord.core.Item;
import dev.concord.core.ItemKind;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvItemReaderTest {
  @TempDir Path dir;
  private final CsvItemReader reader = new CsvItemReader();

  private ReadResult read(Path file) throws Exception {
    return reader.read(file, ReadOptions.rows("c"));
  }

  private static List<Long> errorLines(ReadResult r) {
    return r.report().errors().stream().map(ReadError::line).toList();
  }

  @Test
  void readsRowsWithTheirSchemaAndIds() throws Exception {
    ReadResult r = read(write(dir, "a.csv", "id,name,city\n7,Acme,Berlin\n9,Beta,\n"));
    assertThat(r.corpus().schema()).containsExactly("name", "city");
    assertThat(r.corpus().items()).extracting(Item::id).containsExactly("7", "9");
    Item first = r.corpus().get(0);
    assertThat(first.fields()).containsExactly(java.util.Map.entry("name", "Acme"), java.util.Map.entry("city", "Berlin"));
    assertThat(first.kind()).isEqualTo(ItemKind.ROW);
    assertThat(r.corpus().get(1).field("city")).isEmpty();
    assertThat(r.report().summary()).isEqualTo(dir.resolve("a.csv") + ": read 2, accepted 2, rejected 0 (UTF-8)");
  }

  @Test
  void idAndTextColumnsAreConfigurable() throws Exception {
    ReadResult r = reader.read(write(dir, "a.csv", "key,kind,text\nq1,user,The claim\n"),
        ReadOptions.rows("c").withIdColumn("key").withTextColumn("text"));
    Item item = r.corpus().get(0);
    assertThat(item.id()).isEqualTo("q1");
    assertThat(item.text()).isEqualTo("The claim");
    assertThat(item.kind()).isEqualTo(ItemKind.TEXT);
    assertThat(r.corpus().schema()).containsExactly("kind");
    assertThatThrownBy(() -> reader.read(write(dir, "b.csv", "a,b\n1,2\n"), ReadOptions.rows("c").withIdColumn("nope")))
        .isInstanceOf(InputException.class).hasMessageContaining("b.csv:1: id column 'nope' is not in the header [a, b]");
  }

  @Test
  void withoutAnIdColumnTheIdIsTheLineARecordStartsOn() throws Exception {
    ReadResult r = read(write(dir, "a.csv", "title,author\n\"Two\nlines\",x\nOne,y\n"));
    assertThat(r.corpus().items()).extracting(Item::id).containsExactly("2", "4");
  }

  @Test
  void quotingFollowsRfc4180() throws Exception {
    ReadResult r = read(write(dir, "a.csv", "id,name\n1,\"Smith, John \"\"JJ\"\"\"\n2,\"multi\nline\"\n"));
    assertThat(r.corpus().get(0).field("name")).isEqualTo("Smith, John \"JJ\"");
    assertThat(r.corpus().get(1).field("name")).isEqualTo("multi\nline");
  }

  @Test
  void rejectedRecordsNameTheirPhysicalLineAfterMultiLineFields() throws Exception {
    String csv = "id,name\n1,\"a\nb\nc\"\n2,too,many\n3,\"x\r\ny\"\n\n3,dup\n,empty id\n";
    ReadResult r = read(write(dir, "a.csv", csv));
    assertThat(r.report().errors()).extracting(ReadError::line, ReadError::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(5L, "expected 2 fields as in the header, found 3"),
        org.assertj.core.groups.Tuple.tuple(9L, "duplicate id '3'"),
        org.assertj.core.groups.Tuple.tuple(10L, "empty id in column 'id'"));
    assertThat(r.report().errors().get(0).toString()).isEqualTo(dir.resolve("a.csv") + ":5: expected 2 fields as in the header, found 3");
    assertThat(r.report()).extracting(ReadReport::read, ReadReport::accepted, ReadReport::rejected, ReadReport::skipped)
        .containsExactly(6L, 2L, 3L, 1L);
  }

  @Test
  void crlfAndLoneCrLineBreaks() throws Exception {
    ReadResult crlf = read(write(dir, "a.csv", "id,name\r\n1,a\r\n2,\"b\r\nc\"\r\n3\r\n"));
    assertThat(crlf.corpus().items()).extracting(i -> i.field("name")).containsExactly("a", "b\r\nc");
    assertThat(errorLines(crlf)).containsExactly(5L);
    ReadResult cr = read(write(dir, "b.csv", "id,name\r1,a\r2\r"));
    assertThat(cr.corpus().size()).isEqualTo(1);
    assertThat(errorLines(cr)).containsExactly(3L);
  }

  @Test
  void byteOrderMarksAreDropped() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    ReadResult r = read(write(dir, "a.csv", concat(bom, "id,name\n1,Café\n".getBytes(StandardCharsets.UTF_8))));
    assertThat(r.corpus().schema()).containsExactly("name");
    assertThat(r.corpus().get(0).id()).isEqualTo("1");
    assertThat(r.corpus().get(0).field("name")).isEqualTo("Café");

    ReadResult utf16 = read(write(dir, "b.csv", "\uFEFFid,name\n1,Ñandú\n", StandardCharsets.UTF_16LE));
    assertThat(utf16.corpus().get(0).field("name")).isEqualTo("Ñandú");
    assertThat(utf16.report().encoding()).startsWith("UTF-16");
  }

  @Test
  void emptyFileIsAnErrorAndAHeaderAloneIsAnEmptyCorpus() throws Exception {
    assertThatThrownBy(() -> read(write(dir, "empty.csv", "")))
        .isInstanceOf(InputException.class).hasMessage(dir.resolve("empty.csv") + ":1: empty file: a header row is required");
    ReadResult r = read(write(dir, "h.csv", "id,name,city\r\n"));
    assertThat(r.corpus().size()).isZero();
    assertThat(r.corpus().schema()).containsExactly("name", "city");
    assertThat(r.report().read()).isZero();
  }

  @Test
  void unusableHeadersAreErrors() {
    assertThatThrownBy(() -> read(write(dir, "a.csv", "id,,name\n")))
        .isInstanceOf(InputException.class).hasMessageContaining("a.csv:1: header has an empty column name at position 2");
    assertThatThrownBy(() -> read(write(dir, "b.csv", "id,name, name\n")))
        .isInstanceOf(InputException.class).hasMessageContaining("b.csv:1: header repeats column 'name'");
    assertThatThrownBy(() -> read(write(dir, "c.csv", "id,\"name\n1,x\n")))
        .isInstanceOf(InputException.class).hasMessageContaining("c.csv:1: malformed header");
  }

  @Test
  void textAfterAClosingQuoteRejectsThatRecordOnly() throws Exception {
    ReadResult r = read(write(dir, "a.csv", "id,name\n1,ok\n2,\"Acme\" Corp\n3,\"multi\nline\"x\n4,fine\n"));
    assertThat(r.corpus().items()).extracting(Item::id).containsExactly("1", "4");
    assertThat(r.report().errors()).extracting(ReadError::line).containsExactly(3L, 4L);
    assertThat(r.report().errors().get(0).reason()).contains("text after the closing quote of a field on line 3");
    assertThat(r.report().errors().get(1).reason()).contains("on line 5");
    assertThat(r.report().read()).isEqualTo(4);
  }

  @Test
  void anUnclosedQuoteRejectsItsRecordAndReadingResumesOnTheNextLine() throws Exception {
    ReadResult r = read(write(dir, "a.csv", "id,name\n1,ok\n2,\"never closed\n3,fine\n4,fine\n"));
    assertThat(r.corpus().items()).extracting(Item::id).containsExactly("1", "3", "4");
    assertThat(r.report().errors()).singleElement().satisfies(e -> {
      assertThat(e.line()).isEqualTo(3);
      assertThat(e.reason()).isEqualTo("malformed CSV: a quoted field opened in this record is never closed");
    });
  }

  @Test
  void malformedQuotingWithNoErrorsAllowedIsAnInputExceptionNamingFileAndLine() {
    Path file = write(dir, "a.csv", "id,name\n1,ok\n2,\"never closed\n3,x\n");
    assertThatThrownBy(() -> reader.read(file, ReadOptions.rows("c").withMaxErrors(0)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("a.csv: more than 0 rejected records (--max-errors); first: " + file + ":3: malformed CSV");
  }

  @Test
  void maxErrorsGivesUpOnlyPastTheLimit() throws Exception {
    Path file = write(dir, "a.csv", "id,name\n1,a\n1,b\n2\n3,c\n");
    assertThat(reader.read(file, ReadOptions.rows("c").withMaxErrors(2)).report().rejected()).isEqualTo(2);
    assertThatThrownBy(() -> reader.read(file, ReadOptions.rows("c").withMaxErrors(1)))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.errors()).extracting(ReadError::line)
            .containsExactly(3L, 4L));
  }

  @Test
  void aTenMegabyteFieldIsReadWhole() throws Exception {
    String big = "x".repeat(10 * 1024 * 1024 - 7) + ",\"\n";
    ReadResult r = read(write(dir, "big.csv", "id,blob,after\n1,\"" + big.replace("\"", "\"\"") + "\",end\n2,small,x\n"));
    assertThat(r.corpus().get(0).field("blob")).isEqualTo(big);
    assertThat(r.corpus().get(0).field("after")).isEqualTo("end");
    assertThat(r.corpus().get(1).id()).isEqualTo("2");
  }

  @Test
  void invalidUtf8LinesAreReadAsLatin1AndSaidSo() throws Exception {
    byte[] bytes = concat("id,name\n1,Caf".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9},
        "\n2,Café\n3,".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0x80, (byte) 0x93, 'x', (byte) 0x81, '\n'},
        "4,\u20AC".getBytes(StandardCharsets.UTF_8));
    ReadResult r = read(write(dir, "mixed.csv", bytes));
    assertThat(r.corpus().items()).extracting(i -> i.field("name")).containsExactly("Café", "Café", "€“x\u0081", "€");
    assertThat(r.report().encoding()).isEqualTo("UTF-8, 2 lines not valid UTF-8 read as latin-1: [2, 4]");
  }

  @Test
  void anExplicitEncodingIsStrictAndNamesTheBadLine() throws Exception {
    Path file = write(dir, "a.csv", concat("id,name\n1,ok\n2,Caf".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9, '\n'}));
    assertThatThrownBy(() -> reader.read(file, ReadOptions.rows("c").withEncoding(StandardCharsets.UTF_8)))
        .isInstanceOf(InputException.class)
        .hasMessage(file + ":3: not valid UTF-8: byte 0xE9 at byte offset 18 (give the file's encoding with --encoding)");
    ReadResult latin = reader.read(file, ReadOptions.rows("c").withEncoding(Charset.forName("windows-1252")));
    assertThat(latin.corpus().get(1).field("name")).isEqualTo("Café");
    assertThat(latin.report().encoding()).isEqualTo("windows-1252");
  }

  @Test
  void tabSeparatedValues() throws Exception {
    ReadResult r = CsvItemReader.tsv().read(write(dir, "a.tsv", "id\tname\n1\tSmith, John\n2\t\"tab\tinside\"\n"),
        ReadOptions.rows("c"));
    assertThat(r.corpus().items()).extracting(i -> i.field("name")).containsExactly("Smith, John", "tab\tinside");
  }

  @Test
  void theIdColumnCannotAlsoBeTheText() {
    assertThatThrownBy(() -> reader.read(write(dir, "a.csv", "id,t\n1,x\n"),
        ReadOptions.rows("c").withIdColumn("t").withTextColumn("t")))
        .isInstanceOf(InputException.class).hasMessageContaining("cannot be both the id and the text");
  }
}
