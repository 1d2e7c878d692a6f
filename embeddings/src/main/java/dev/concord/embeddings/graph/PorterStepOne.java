package dev.concord.embeddings.graph;

/**
 * Step 1 (1a plurals, 1b -ed/-ing, 1c y to i omitted) of Porter's stemmer (M. F. Porter, "An algorithm for suffix
 * stripping", Program 14(3), 1980): the inflectional part only, so {@code voted}, {@code votes}, {@code voting} and
 * {@code vote} meet and derivations ({@code national}, {@code nation}) stay apart.
 */
final class PorterStepOne {
  private PorterStepOne() {}

  static String stem(String w) {
    if (w.length() <= 2) return w;
    // 1a
    if (w.endsWith("sses")) w = w.substring(0, w.length() - 2);
    else if (w.endsWith("ies")) w = w.substring(0, w.length() - 2);
    else if (w.endsWith("ss")) { /* keep */ }
    else if (w.endsWith("s")) w = w.substring(0, w.length() - 1);
    // 1b
    if (w.endsWith("eed")) {
      if (measure(w, w.length() - 3) > 0) w = w.substring(0, w.length() - 1);
      return w;
    }
    String stripped = null;
    if (w.endsWith("ed") && hasVowel(w, w.length() - 2)) stripped = w.substring(0, w.length() - 2);
    else if (w.endsWith("ing") && hasVowel(w, w.length() - 3)) stripped = w.substring(0, w.length() - 3);
    if (stripped == null) return w;
    w = stripped;
    if (w.endsWith("at") || w.endsWith("bl") || w.endsWith("iz")) return w + "e";
    int n = w.length();
    if (n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && consonant(w, n - 1) && "lsz".indexOf(w.charAt(n - 1)) < 0) {
      return w.substring(0, n - 1);
    }
    if (measure(w, n) == 1 && cvc(w)) return w + "e";
    return w;
  }

  private static boolean consonant(String w, int i) {
    char c = w.charAt(i);
    if ("aeiou".indexOf(c) >= 0) return false;
    if (c == 'y') return i == 0 || !consonant(w, i - 1);
    return true;
  }

  private static boolean hasVowel(String w, int end) {
    for (int i = 0; i < end; i++) if (!consonant(w, i)) return true;
    return false;
  }

  /** Porter's m: the number of vowel-consonant sequences in w[0, end). */
  private static int measure(String w, int end) {
    int m = 0;
    boolean vowelSeen = false;
    for (int i = 0; i < end; i++) {
      boolean c = consonant(w, i);
      if (!c) vowelSeen = true;
      else if (vowelSeen) {
        m++;
        vowelSeen = false;
      }
    }
    return m;
  }

  private static boolean cvc(String w) {
    int n = w.length();
    if (n < 3) return false;
    char last = w.charAt(n - 1);
    return consonant(w, n - 3) && !consonant(w, n - 2) && consonant(w, n - 1) && "wxy".indexOf(last) < 0;
  }
}
