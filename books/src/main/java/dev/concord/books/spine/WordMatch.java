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
      double s = similarity(word, u, Math.max(best, MIN_SIMILARITY));
      if (s > best) best = s;
    }
    return best >= MIN_SIMILARITY ? best : 0;
  }

  /**
   * One minus the normalised edit distance, or for a word cut at the end of an OCR line the share that survived,
   * whichever is higher; exact when it is at least {@code floor}, else some value below {@code floor}. The edit
   * distance is only computed as far as it can still reach the floor: one word is compared with every word of a
   * spine, and almost all of them are far.
   */
  static double similarity(String a, String b, double floor) {
    int la = a.length();
    int lb = b.length();
    double cut = cutWord(a, b);
    if (Math.min(la, lb) < 3 || Math.abs(la - lb) > Math.max(la, lb) / 2 + 1) return cut;
    int longest = Math.max(la, lb);
    int allowed = (int) Math.floor((1 - floor) * longest + 1e-9);
    if (Math.abs(la - lb) > allowed) return cut;
    int d = levenshtein(a, b, allowed);
    return d > allowed ? cut : Math.max(1.0 - (double) d / longest, cut);
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

  /** The edit distance if it is at most {@code bound}, else {@code bound + 1}. */
  static int levenshtein(String a, String b, int bound) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
        rowMin = Math.min(rowMin, cur[j]);
      }
      // distances never shrink from one row to the next
      if (rowMin > bound) return bound + 1;
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[b.length()], bound + 1);
  }
}
