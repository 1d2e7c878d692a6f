package dev.concord.books.shelf;

import dev.concord.books.lookup.ScoredBook;
import dev.concord.books.spine.SpineText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Libraries shelve books in the order of their shelf codes, so the books of one shelf photo share the leading
 * part of their codes ({@code 91(026)(46...)}, {@code JN}, {@code N}). A candidate's agreement with its shelf is
 * the longest leading part its code shares with the code of a confidently matched neighbour, over the length
 * of its classification; it separates a spine showing little text (only its label) from a non-book whose few
 * words happen to match a book shelved elsewhere.
 */
final class ShelfContext {
  /** Share of the final score given to agreement with the shelf; the rest is the spine's own evidence. */
  static final double WEIGHT = 0.25;

  private ShelfContext() {}

  /**
   * @param ranked    each spine of one shelf with its candidates, best first
   * @param confident spines whose best candidate is trusted as a neighbour (score at or above this)
   * @return the candidates rescored with the shelf's agreement and re-sorted; spines of a shelf with no
   *         confident neighbour keep their own scores
   */
  static List<List<ScoredBook>> rescore(List<List<ScoredBook>> ranked, double confident) {
    List<String> anchors = new ArrayList<>(ranked.size());
    for (List<ScoredBook> r : ranked) {
      anchors.add(!r.isEmpty() && r.get(0).score() >= confident ? code(r.get(0)) : null);
    }
    List<List<ScoredBook>> out = new ArrayList<>(ranked.size());
    for (int i = 0; i < ranked.size(); i++) {
      List<String> neighbours = new ArrayList<>();
      for (int j = 0; j < anchors.size(); j++) if (j != i && anchors.get(j) != null) neighbours.add(anchors.get(j));
      if (neighbours.isEmpty()) {
        out.add(ranked.get(i));
        continue;
      }
      List<ScoredBook> rescored = new ArrayList<>(ranked.get(i).size());
      for (ScoredBook b : ranked.get(i)) rescored.add(b.withShelfAgreement(agreement(b, neighbours), WEIGHT));
      rescored.sort(Comparator.comparingDouble(ScoredBook::score).reversed()
          .thenComparingInt(b -> b.book().position()));
      out.add(rescored);
    }
    return out;
  }

  static double agreement(ScoredBook b, List<String> neighbours) {
    String code = code(b);
    String cls = b.book().tag().isBlank() ? "" : classOf(b);
    if (cls.isEmpty()) return 0;
    int best = 0;
    for (String n : neighbours) best = Math.max(best, commonPrefix(code, n));
    return Math.min(1.0, (double) best / cls.length());
  }

  private static String code(ScoredBook b) {
    return SpineText.of(b.book().tag()).compact();
  }

  /** The classification part of the code: all but a trailing author code of letters. */
  private static String classOf(ScoredBook b) {
    List<String> words = SpineText.of(b.book().tag()).words();
    String compact = SpineText.of(b.book().tag()).compact();
    if (words.size() < 2) return compact;
    String last = words.get(words.size() - 1);
    if (!last.chars().allMatch(Character::isLetter)) return compact;
    return compact.substring(0, compact.length() - last.length());
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) i++;
    return i;
  }
}
