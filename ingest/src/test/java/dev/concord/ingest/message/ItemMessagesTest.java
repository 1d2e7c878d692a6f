package dev.concord.ingest.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concord.core.Item;
import dev.concord.core.ItemKind;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ItemMessagesTest {
  @Provide
  Arbitrary<Item> items() {
    Arbitrary<String> names = Arbitraries.strings().ofMinLength(1).ofMaxLength(20).filter(s -> !s.isBlank() && s.strip().equals(s));
    Arbitrary<Map<String, String>> fields = Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
        Arbitraries.strings().ofMaxLength(30)).ofMaxSize(4).map(LinkedHashMap::new);
    return Combinators.combine(names, names, Arbitraries.of(ItemKind.class), fields, Arbitraries.strings().ofMaxLength(40))
        .as((corpus, id, kind, f, text) -> new Item(id, corpus, kind, f, text))
        .filter(i -> !i.content().isBlank());
  }

  @Property
  void whatIsSentIsWhatIsRead(@ForAll("items") Item item) {
    assertThat(ItemMessages.parse(ItemMessages.toBytes(item))).isEqualTo(new ParsedItem.Parsed(item));
  }

  @Property
  void arbitraryBytesAreParsedOrRejectedWithAReasonNeverThrown(@ForAll @Size(max = 200) byte[] bytes) {
    ParsedItem p = ItemMessages.parse(bytes);
    if (p instanceof ParsedItem.Rejected r) assertThat(r.reason()).isNotBlank();
  }

  @Test
  void rejectionsSayWhatIsWrong() {
    assertThat(reason("")).isEqualTo("empty message");
    assertThat(reason("[1,2]")).isEqualTo("not a JSON object");
    assertThat(reason("{\"id\":\"1\",\"text\":\"x\"}")).isEqualTo("missing 'corpus'");
    assertThat(reason("{\"corpus\":\" \",\"id\":\"1\",\"text\":\"x\"}")).isEqualTo("'corpus' is blank");
    assertThat(reason("{\"corpus\":\"c\",\"id\":{},\"text\":\"x\"}")).isEqualTo("'id' must be a string");
    assertThat(reason("{\"corpus\":\"c\",\"id\":\"1\",\"kind\":\"table\",\"text\":\"x\"}")).isEqualTo("'kind' must be row, text or spine, was 'table'");
    assertThat(reason("{\"corpus\":\"c\",\"id\":\"1\",\"text\":5}")).isEqualTo("'text' must be a string");
    assertThat(reason("{\"corpus\":\"c\",\"id\":\"1\",\"fields\":{\"a\":\" \"}}")).isEqualTo("item c/1 has no fields and no text");
  }

  @Test
  void kindDefaultsFromWhatTheItemHas() {
    assertThat(parsed("{\"corpus\":\"c\",\"id\":7,\"fields\":{\"name\":\"Acme\",\"n\":3}}"))
        .isEqualTo(Item.row("c", "7", Map.of("name", "Acme", "n", "3")));
    assertThat(parsed("{\"corpus\":\"c\",\"id\":\"t\",\"text\":\"a claim\"}")).isEqualTo(Item.text("c", "t", "a claim"));
  }

  private static String reason(String json) {
    return ((ParsedItem.Rejected) ItemMessages.parse(json.getBytes(StandardCharsets.UTF_8))).reason();
  }

  private static Item parsed(String json) {
    return ((ParsedItem.Parsed) ItemMessages.parse(json.getBytes(StandardCharsets.UTF_8))).item();
  }
}
