package dev.concord.books.spine;

import dev.concord.core.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Text prepared for spine comparison: normalised (NFKC, case and accent folded) words, and a compact form
 * without spaces in which shelf codes and words the OCR split or joined can still be found.
 *
 * @param words   maximal runs of letters and digits, in order
 * @param compact letters, digits, parentheses and dots, nothing else: {@code 92 (Fra) Pre} gives {@code 92(fra)pre}
 */
public record SpineText(List<String> words, String compact) {
  public SpineText {
    words = List.copyOf(words);
  }

  public static SpineText of(String raw) {
    String n = Normalizer.normalize(raw, true);
    List<String> words = new ArrayList<>();
    StringBuilder compact = new StringBuilder(n.length());
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < n.length(); ) {
      int cp = n.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        cur.appendCodePoint(cp);
        compact.appendCodePoint(cp);
      } else {
        if (cur.length() > 0) {
          words.add(cur.toString());
          cur.setLength(0);
        }
        if (cp == '(' || cp == ')' || cp == '.') compact.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    if (cur.length() > 0) words.add(cur.toString());
    return new SpineText(words, compact.toString());
  }

  public boolean isEmpty() {
    return words.isEmpty();
  }
}
