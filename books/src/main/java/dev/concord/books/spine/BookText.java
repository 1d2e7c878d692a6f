package dev.concord.books.spine;

import dev.concord.books.catalogue.CatalogueBook;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A catalogue book as the parts a spine shows: the shelf code (whole, and split into its classification,
 * e.g. {@code 92(fra)}, and the author code that ends it, e.g. {@code pre}), the main title (the part before the
 * subtitle's {@code " : "}), the author's surnames (before the comma), every word of the record, and the
 * title's letters without separators (where OCR words that split a title word are still found).
 */
public record BookText(String compactTag, String tagClass, String tagCode, List<String> mainTitle, List<String> surnames, List<String> givenNames,
    Set<String> allWords, String letters) {
  public BookText {
    mainTitle = List.copyOf(mainTitle);
    surnames = List.copyOf(surnames);
    givenNames = List.copyOf(givenNames);
    allWords = Set.copyOf(allWords);
  }

  public static BookText of(CatalogueBook book) {
    String title = book.title();
    int colon = title.indexOf(" : ");
    String main = colon > 0 ? title.substring(0, colon) : title;
    String author = book.author();
    int comma = author.indexOf(',');
    String surname = comma >= 0 ? author.substring(0, comma) : author;
    String given = comma >= 0 ? author.substring(comma + 1) : "";
    SpineText tag = SpineText.of(book.tag());
    Set<String> all = new HashSet<>();
    all.addAll(SpineText.of(title).words());
    all.addAll(SpineText.of(author).words());
    all.addAll(tag.words());
    all.addAll(SpineText.of(book.series()).words());
    List<String> tagWords = tag.words();
    String last = tagWords.isEmpty() ? "" : tagWords.get(tagWords.size() - 1);
    boolean hasCode = tagWords.size() > 1 && last.chars().allMatch(Character::isLetter);
    String code = hasCode ? last : "";
    String tagClass = hasCode ? tag.compact().substring(0, tag.compact().lastIndexOf(last)) : tag.compact();
    return new BookText(tag.compact(), tagClass, code, SpineText.of(main).words(), SpineText.of(surname).words(),
        lettersOnly(SpineText.of(given).words()), all, String.join("", SpineText.of(title).words()));
  }

  /** Life dates such as {@code 1892-1940} in author headings are never printed on spines. */
  private static List<String> lettersOnly(List<String> words) {
    return words.stream().filter(w -> !w.chars().allMatch(Character::isDigit)).toList();
  }
}
