package dev.concord.books.spine;

import java.util.List;
import java.util.Set;

/** An OCR'd spine prepared once for comparison against many candidate books. */
public record SpineView(SpineText text, Set<String> wordSet, String letters) {
  public SpineView {
    wordSet = Set.copyOf(wordSet);
  }

  public static SpineView of(String ocr) {
    SpineText t = SpineText.of(ocr);
    return new SpineView(t, Set.copyOf(t.words()), String.join("", t.words()));
  }

  public List<String> words() {
    return text.words();
  }
}
