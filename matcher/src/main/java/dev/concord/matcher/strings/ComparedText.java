package dev.concord.matcher.strings;

import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.ItemKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The string of an item that a string similarity compares: between two tables, the name field of each row
 * (a field called {@code name} or {@code title}, else the first field), since names are what alias
 * variation is about and long descriptions drown them; otherwise the whole text (a spine's OCR, a claim, a
 * row's values).
 *
 * @param nameField the field compared when both sides are rows; empty to compare whole contents
 */
public record ComparedText(Optional<String> nameField) {
  private static final List<String> NAME_FIELDS = List.of("name", "title");

  /** How to read items of {@code corpus} when matched against items of {@code other}. */
  public static ComparedText of(Corpus corpus, Corpus other) {
    boolean rows = isRows(corpus) && (other.size() == 0 || isRows(other));
    if (!rows || corpus.schema().isEmpty()) return new ComparedText(Optional.empty());
    for (String f : corpus.schema()) {
      if (NAME_FIELDS.contains(f.toLowerCase(Locale.ROOT))) return new ComparedText(Optional.of(f));
    }
    return new ComparedText(Optional.of(corpus.schema().get(0)));
  }

  private static boolean isRows(Corpus c) {
    return c.size() == 0 || c.get(0).kind() == ItemKind.ROW;
  }

  public String of(Item item) {
    if (nameField.isPresent() && item.kind() == ItemKind.ROW) {
      String v = item.field(nameField.get());
      if (!v.isBlank()) return v;
    }
    return item.kind() == ItemKind.ROW ? item.content() : item.text();
  }
}
