package dev.concord.books.spine;

import java.util.Collection;

/**
 * How well a word is found in OCR'd text, in [0,1]: OCR splits, joins, cuts and misreads words, so an exact
 * token match is only the first test.
 */
final class WordMatch {
  /** Below this, a misread word is taken for a different word. */
  static final double MIN_SIMILARITY = 0.7;
  /** Shorter words are too often found by chance inside other words. */
  static final int MIN_INFIX_LENGTH = 4;

  private WordMatch() {}

  /**
   * @param word    a normalised word
   * @param words   the other side's words
   * @param compact the other side's letters and digits without separators (finds words the OCR split)
   */
  static double degree(String word, Collection<String> words, String compact) {
    if (words.contains(word)) return 1;
    if (word.length() >= MIN_INFIX_LENGTH && compact.contains(word)) return 1;
    double best = 0;
    for (String u : words) {
      double s = similarity(word, u);
      if (s > best) best = s;
    }
    return best >= MIN_SIMILARITY ? best : 0;
  }

  /** One minus the normalised edit distance; a word cut at the end of an OCR line scores by what survived. */
  static double similarity(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.min(la, lb) < 3 || Math.abs(la - lb) > Math.max(la, lb) / 2 + 1) {
      return cutWord(a, b);
    }
    return Math.max(1.0 - (double) levenshtein(a, b) / Math.max(la, lb), cutWord(a, b));
  }

  private static double cutWord(String a, String b) {
    String longer = a.length() >= b.length() ? a : b;
    String shorter = longer == a ? b : a;
    if (shorter.length() < MIN_INFIX_LENGTH) return 0;
    if (longer.startsWith(shorter) || longer.endsWith(shorter)) {
      return Math.min(1.0, 0.4 + 0.6 * shorter.length() / longer.length());
    }
    return 0;
  }

  static int levenshtein(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
