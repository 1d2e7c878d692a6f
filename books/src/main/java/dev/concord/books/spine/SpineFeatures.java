package dev.concord.books.spine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The evidence that a spine shows a catalogue book, each in [0,1] (NaN when the book has nothing to compare,
 * e.g. no author).
 *
 * @param tag       share of the book's shelf code found as one piece in the spine's text
 * @param title     IDF-weighted share of the main title's words found on the spine
 * @param author    IDF-weighted share of the author's names found on the spine
 * @param explained IDF-weighted share of the spine's words that the book's record accounts for
 */
public record SpineFeatures(double tag, double title, double author, double explained) {
  /**
   * Design weights, not fitted: the shelf code and the title are what a spine label always shows, the
   * author's name usually, and words the record cannot account for are neighbour spines or noise.
   */
  static final double TAG_WEIGHT = 0.30;
  static final double TITLE_WEIGHT = 0.30;
  static final double AUTHOR_WEIGHT = 0.15;
  static final double EXPLAINED_WEIGHT = 0.25;

  /** The shelf code is all the spine shows of the book: none of its title or author words. */
  public boolean showsOnlyShelfCode() {
    return tag > 0 && !(title > 0) && !(author > 0);
  }

  /**
   * The shelf code is read and none of the title's own words: what the label of a spine shows (the code, often
   * with the author's name above it) when the title was segmented apart.
   */
  public boolean showsCodeWithoutTitle() {
    return tag > 0 && !isEvidence(title);
  }

  /** Some of the book's own title words are on the spine (a title that cannot tell does not count). */
  public boolean showsTitleWords() {
    return isEvidence(title);
  }

  /** Some of the author's names are on the spine (an author that cannot tell does not count). */
  public boolean showsAuthorWords() {
    return isEvidence(author);
  }

  /** Some of the book's own title or author words are on the spine (a feature that cannot tell does not count). */
  public boolean showsTitleOrAuthorWords() {
    return isEvidence(title) || isEvidence(author);
  }

  private static boolean isEvidence(double feature) {
    return feature > 0 && feature != SpineSimilarity.NO_EVIDENCE;
  }

  /** The weighted mean of the features present, in [0,1]. */
  public double score() {
    double sum = 0;
    double weight = 0;
    for (Map.Entry<String, Double> e : contributions().entrySet()) sum += e.getValue();
    weight += Double.isNaN(tag) ? 0 : TAG_WEIGHT;
    weight += Double.isNaN(title) ? 0 : TITLE_WEIGHT;
    weight += Double.isNaN(author) ? 0 : AUTHOR_WEIGHT;
    weight += Double.isNaN(explained) ? 0 : EXPLAINED_WEIGHT;
    return weight == 0 ? 0 : sum / weight;
  }

  public Map<String, Double> values() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("tag", tag);
    m.put("title", title);
    m.put("author", author);
    m.put("explained", explained);
    return m;
  }

  /** Each present feature times its weight (before dividing by the present weights' sum). */
  public Map<String, Double> contributions() {
    Map<String, Double> m = new LinkedHashMap<>();
    if (!Double.isNaN(tag)) m.put("tag", TAG_WEIGHT * tag);
    if (!Double.isNaN(title)) m.put("title", TITLE_WEIGHT * title);
    if (!Double.isNaN(author)) m.put("author", AUTHOR_WEIGHT * author);
    if (!Double.isNaN(explained)) m.put("explained", EXPLAINED_WEIGHT * explained);
    return m;
  }
}
