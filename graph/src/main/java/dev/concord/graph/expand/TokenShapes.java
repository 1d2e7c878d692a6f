package dev.concord.graph.expand;

/** Small predicates on token strings shared by the expanders. */
final class TokenShapes {
  private TokenShapes() {}

  /** A single word of letters only (no space, digit or {@code =}). */
  static boolean isAlphabeticWord(String t) {
    if (t.isEmpty()) return false;
    for (int i = 0; i < t.length(); i++) if (!Character.isLetter(t.charAt(i))) return false;
    return true;
  }
}
