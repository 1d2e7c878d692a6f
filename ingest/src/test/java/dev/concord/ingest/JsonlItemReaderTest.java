package dev.concord.ingest;

import static dev.concord.ingest.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.concord.core.Item;
import dev.concord.core.ItemKind;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlItemReaderTest {
  @TempDir Path dir;
  private final JsonlItemReader reader = new JsonlItemReader();

  private ReadResult read(String content) throws Exception {
    return reader.read(write(dir, "a.jsonl", content), ReadOptions.rows("c"));
  }

  @Test
  void flatObjectsGiveFieldsInOrder() throws Exception {
    ReadResult r = read("{\"id\": \"a1\", \"name\": \"Acme\", \"employees\": 1200, \"rate\": 1.50, \"listed\": true,"
        + " \"ceo\": null, \"tags\": [\"x\", 2]}\n{\"id\": 7, \"name\": \"Beta\", \"kind\": \"generated\"}\n");
    Item a = r.corpus().get(0);
    assertThat(a.id()).isEqualTo("a1");
    assertThat(a.kind()).isEqualTo(ItemKind.ROW);
    assertThat(a.fields()).containsExactly(Map.entry("name", "Acme"), Map.entry("employees", "1200"),
        Map.entry("rate", "1.50"), Map.entry("listed", "true"), Map.entry("ceo", ""), Map.entry("tags", "x; 2"));
    Item b = r.corpus().get(1);
    assertThat(b.id()).isEqualTo("7");
    assertThat(b.field("kind")).isEqualTo("generated");
    assertThat(r.corpus().schema()).containsExactly("name", "employees", "rate", "listed", "ceo", "tags", "kind");
  }

  @Test
  void textKeyGivesTheText() throws Exception {
    ReadResult r = read("{\"id\": 1, \"text\": \"the claim\"}\n{\"id\": 2, \"src\": \"user\", \"text\": \"another\"}\n");
    assertThat(r.corpus().get(0)).extracting(Item::text, Item::kind).containsExactly("the claim", ItemKind.TEXT);
    assertThat(r.corpus().get(1).text()).isEqualTo("another");
    assertThat(r.corpus().get(1).field("src")).isEqualTo("user");
    ReadResult custom = reader.read(write(dir, "b.jsonl", "{\"key\": \"k\", \"body\": \"hello\", \"text\": \"t\"}\n"),
        ReadOptions.rows("c").withIdColumn("key").withTextColumn("body"));
    assertThat(custom.corpus().get(0)).extracting(Item::id, Item::text, Item::kind).containsExactly("k", "hello", ItemKind.TEXT);
    assertThat(custom.corpus().get(0).field("text")).isEqualTo("t");
  }

  @Test
  void itemFormAsTheStreamWritesIt() throws Exception {
    ReadResult r = read("{\"corpus\": \"left\", \"id\": \"r1\", \"kind\": \"row\", \"fields\": {\"name\": \"Acme\"}, \"text\": \"\"}\n"
        + "{\"corpus\": \"left\", \"id\": \"t1\", \"kind\": \"TEXT\", \"text\": \"free text\"}\n"
        + "{\"id\": \"s1\", \"kind\": \"spine\", \"text\": \"92 Fra\"}\n"
        + "{\"id\": \"d1\", \"fields\": {}, \"text\": \"defaults to text\"}\n");
    assertThat(r.corpus().items()).extracting(Item::id, Item::kind, Item::content).containsExactly(
        tuple("r1", ItemKind.ROW, "Acme"), tuple("t1", ItemKind.TEXT, "free text"), tuple("s1", ItemKind.SPINE, "92 Fra"),
        tuple("d1", ItemKind.TEXT, "defaults to text"));
    assertThat(r.corpus().name()).isEqualTo("c");
  }

  @Test
  void withoutAnIdTheIdIsTheLineNumber() throws Exception {
    ReadResult r = read("{\"name\": \"a\"}\n\n{\"name\": \"b\"}\n");
    assertThat(r.corpus().items()).extracting(Item::id).containsExactly("1", "3");
    assertThat(r.report().skipped()).isEqualTo(1);
  }

  @Test
  void everyBadLineIsRejectedWithItsReason() throws Exception {
    String content = String.join("\n",
        "{\"id\": 1, \"name\": \"ok\"}",
        "{\"id\": 2, \"name\": \"unclosed\"",
        "[1, 2]",
        "{\"id\": 1, \"name\": \"dup\"}",
        "{\"id\": \"  \", \"name\": \"blank id\"}",
        "{\"id\": 1.5, \"name\": \"float id\"}",
        "{\"id\": 7, \"name\": \"a\", \"name\": \"b\"}",
        "{\"id\": 8, \"name\": \"x\"} {\"id\": 9}",
        "{\"id\": 10, \"address\": {\"city\": \"Rome\"}}",
        "{\"id\": 11, \"fields\": {\"a\": 1}, \"extra\": 2}",
        "{\"id\": 12, \"fields\": {}, \"kind\": \"table\"}",
        "{\"id\": 13, \"text\": 42}",
        "{\"id\": 14}",
        "{\"id\": 15, \"fields\": [1]}",
        "{\"id\": 16, \"name\": \"ok\"}") + "\r\n";
    ReadResult r = read(content);
    assertThat(r.corpus().items()).extracting(Item::id).containsExactly("1", "16");
    assertThat(r.report().errors()).extracting(ReadError::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L,
        11L, 12L, 13L, 14L);
    assertThat(r.report().errors()).extracting(ReadError::reason).satisfiesExactly(
        e -> assertThat(e).startsWith("invalid JSON: Unexpected end-of-input"),
        e -> assertThat(e).isEqualTo("expected a JSON object, found array"),
        e -> assertThat(e).isEqualTo("duplicate id '1'"),
        e -> assertThat(e).isEqualTo("empty 'id'"),
        e -> assertThat(e).isEqualTo("'id' must be a string or an integer, found number"),
        e -> assertThat(e).startsWith("invalid JSON: Duplicate field 'name'"),
        e -> assertThat(e).startsWith("invalid JSON: Trailing token"),
        e -> assertThat(e).isEqualTo("field 'address' holds an object; values must be strings, numbers, booleans or lists of them"),
        e -> assertThat(e).startsWith("unexpected key 'extra'"),
        e -> assertThat(e).isEqualTo("'kind' must be row, text or spine, found \"table\""),
        e -> assertThat(e).isEqualTo("'text' must be a string, found number"),
        e -> assertThat(e).isEqualTo("no fields and no 'text': nothing to match"),
        e -> assertThat(e).isEqualTo("'fields' must be an object, found array"));
    assertThat(r.report().read()).isEqualTo(15);
  }

  @Test
  void aConfiguredIdKeyIsRequired() throws Exception {
    ReadResult r = reader.read(write(dir, "a.jsonl", "{\"key\": \"a\", \"n\": 1}\n{\"id\": \"b\", \"n\": 2}\n"),
        ReadOptions.rows("c").withIdColumn("key"));
    assertThat(r.report().errors()).extracting(ReadError::line, ReadError::reason)
        .containsExactly(tuple(2L, "missing id key 'key'"));
  }

  @Test
  void oneFileHoldsOneCorpus() throws Exception {
    ReadResult r = read("{\"corpus\": \"a\", \"id\": 1, \"kind\": \"text\", \"text\": \"x\"}\n"
        + "{\"corpus\": \"b\", \"id\": 2, \"kind\": \"text\", \"text\": \"y\"}\n");
    assertThat(r.report().errors()).extracting(ReadError::line, ReadError::reason).containsExactly(
        tuple(2L, "corpus 'b' differs from corpus 'a' of line 1; one file holds one corpus"));
  }

  @Test
  void maxErrorsAppliesToJsonLines() {
    Path file = write(dir, "a.jsonl", "nope\n{\"id\": 1, \"a\": 1}\nnope\n");
    assertThatThrownBy(() -> reader.read(file, ReadOptions.rows("c").withMaxErrors(1)))
        .isInstanceOf(InputException.class).hasMessageContaining("more than 1 rejected records")
        .hasMessageContaining(file + ":1: invalid JSON");
  }

  @Test
  void anEmptyFileIsAnEmptyCorpus() throws Exception {
    ReadResult r = read("");
    assertThat(r.corpus().size()).isZero();
    assertThat(r.report().read()).isZero();
  }
}
