package dev.concord.books.spine;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Compares an OCR'd spine with a catalogue book, feature by feature (see {@link SpineFeatures}). */
public final class SpineSimilarity {
  /** A shorter common piece of a shelf code is as likely chance as evidence. */
  static final int MIN_TAG_PIECE = 3;
  /** Given names are often initials or missing on spines; they count half as much as surnames. */
  static final double GIVEN_NAME_WEIGHT = 0.5;
  /** Single letters in OCR are mostly noise; single digits are volume numbers. */
  static final int MIN_OCR_WORD = 2;
  /**
   * The value of a feature that cannot tell for or against: e.g. the author of a book catalogued without
   * one (guides, dictionaries, collective works).
   */
  static final double NO_EVIDENCE = 0.5;

  private final WordWeights weights;

  public SpineSimilarity(WordWeights weights) {
    this.weights = weights;
  }

  public SpineFeatures features(SpineView spine, BookText book) {
    double tag = book.compactTag().isEmpty() ? Double.NaN : tagScore(book, spine);
    double title = titleScore(book, spine);
    double author = coverage(book.surnames(), 1, book.givenNames(), GIVEN_NAME_WEIGHT, spine.wordSet(), spine.letters());
    if (Double.isNaN(author)) author = NO_EVIDENCE;
    return new SpineFeatures(tag, title, author, explained(spine, book));
  }

  /**
   * The classification and the author code count alike: on one shelf the classification is shared by many
   * books and the code tells them apart. The code must be a word of its own on the spine (three letters are
   * found inside any title); a classification too short to be told from chance must be one too. Part of a
   * classification is weak evidence (neighbouring classes share prefixes), hence the square of its share.
   */
  static double tagScore(BookText book, SpineView spine) {
    double cls = classScore(book.tagClass(), spine);
    if (book.tagCode().isEmpty()) return cls;
    double code = spine.wordSet().contains(book.tagCode()) ? 1 : 0;
    return book.tagClass().isEmpty() ? code : (cls + code) / 2;
  }

  private static double classScore(String cls, SpineView spine) {
    if (cls.length() < MIN_TAG_PIECE) return spine.wordSet().contains(cls) ? 1 : 0;
    int common = longestCommonSubstring(cls, spine.text().compact());
    if (common < MIN_TAG_PIECE) return 0;
    double share = (double) common / cls.length();
    return share * share;
  }

  /**
   * Title words that are also the author's names ("Nicolás Guillén : selección poética") say nothing the
   * author feature does not: they are left out, and a title made only of them is no evidence either way.
   */
  private double titleScore(BookText book, SpineView spine) {
    List<String> own = book.mainTitle().stream()
        .filter(w -> !book.surnames().contains(w) && !book.givenNames().contains(w)).toList();
    if (own.isEmpty()) return book.mainTitle().isEmpty() ? Double.NaN : NO_EVIDENCE;
    return coverage(own, 1, List.of(), 0, spine.wordSet(), spine.letters());
  }

  private double coverage(List<String> main, double mainWeight, List<String> extra, double extraWeight,
      Set<String> words, String letters) {
    double found = 0;
    double total = 0;
    for (String w : main) {
      double idf = weights.idf(w) * mainWeight;
      total += idf;
      found += idf * WordMatch.degree(w, words, letters);
    }
    for (String w : extra) {
      double idf = weights.idf(w) * extraWeight;
      total += idf;
      found += idf * WordMatch.degree(w, words, letters);
    }
    return total == 0 ? Double.NaN : found / total;
  }

  private double explained(SpineView spine, BookText book) {
    double found = 0;
    double total = 0;
    Collection<String> bookWords = book.allWords();
    String bookLetters = book.letters();
    for (String u : spine.words()) {
      if (u.length() < MIN_OCR_WORD && !Character.isDigit(u.charAt(0))) continue;
      double idf = weights.idf(u);
      total += idf;
      found += idf * WordMatch.degree(u, bookWords, bookLetters);
    }
    return total == 0 ? Double.NaN : found / total;
  }

  static int longestCommonSubstring(String a, String b) {
    int best = 0;
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int i = 1; i <= a.length(); i++) {
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = ca == b.charAt(j - 1) ? prev[j - 1] + 1 : 0;
        if (cur[j] > best) best = cur[j];
      }
      int[] t = prev;
      prev = cur;
      cur = t;
      java.util.Arrays.fill(cur, 0);
    }
    return best;
  }
}
