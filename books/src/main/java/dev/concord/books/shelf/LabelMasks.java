package dev.concord.books.shelf;

import dev.concord.books.catalogue.BookKey;
import dev.concord.books.lookup.ScoredBook;
import dev.concord.books.spine.SpineFeatures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Segments of one shelf photo that show a shelf code and none of the title: a shelf label, or the label mask of a
 * spine whose title was segmented apart (the code, often with the author's name above it). When another segment of
 * the same photo shows words of a book whose code (and author) the segment shows as fully as its best book's (books
 * of one author share a code, so the label cannot choose among them), the label is that spine's: its evidence goes
 * to the spine (the code and the author were read after all), and the label segment is not a book of its own. A
 * label that shows the author's name as well can only belong to a spine showing title words and neither that code
 * nor that author (a spine has one label: a spine showing its own code and author is another book of the author,
 * shelved beside it). A label with no such spine beside it is left alone.
 */
final class LabelMasks {
  private LabelMasks() {}

  /**
   * @param ranked each segment of one shelf with its candidates (after the shelf context, if any), best first
   * @return the same shelf where each spine whose best book has its code (and author) read on a label segment
   *         carries that evidence, and those label segments have no candidates
   */
  static List<List<ScoredBook>> merge(List<List<ScoredBook>> ranked) {
    Map<BookKey, Integer> titleSpineOf = new HashMap<>();
    Map<BookKey, Integer> spineOf = new HashMap<>();
    for (int i = 0; i < ranked.size(); i++) {
      List<ScoredBook> r = ranked.get(i);
      if (r.isEmpty()) continue;
      SpineFeatures f = r.get(0).features();
      if (f.showsTitleWords()) titleSpineOf.putIfAbsent(r.get(0).book().key(), i);
      if (f.showsTitleOrAuthorWords()) spineOf.putIfAbsent(r.get(0).book().key(), i);
    }
    Map<Integer, double[]> read = new HashMap<>();
    List<List<ScoredBook>> out = new ArrayList<>(ranked);
    // labels that show the author as well first: they can only be the label of a spine showing the title, and a
    // segment emptied as a label must not receive another label's code afterwards
    for (boolean withAuthor : new boolean[] {true, false}) {
      for (int i = 0; i < ranked.size(); i++) {
        List<ScoredBook> r = ranked.get(i);
        if (r.isEmpty() || !isLabel(r.get(0).features()) || r.get(0).features().showsAuthorWords() != withAuthor) continue;
        SpineFeatures label = r.get(0).features();
        double codeRead = label.tag();
        double authorRead = withAuthor ? label.author() : 0;
        for (ScoredBook b : r) {
          // every book with the code (and author) read as well is as likely as the best: the label says nothing to
          // choose among them
          SpineFeatures f = b.features();
          if (!isLabel(f) || f.tag() < codeRead || (withAuthor && !(f.author() >= authorRead))) continue;
          Integer spine = titleSpineOf.get(b.book().key());
          if (spine == null && !withAuthor) spine = spineOf.get(b.book().key());
          if (spine == null || spine == i || out.get(spine).isEmpty()) continue;
          // a spine has one label: one that shows its own code or author does not need another segment's
          SpineFeatures shown = ranked.get(spine).get(0).features();
          if (withAuthor && !(codeRead > shown.tag() && authorRead > shown.author())) continue;
          read.merge(spine, new double[] {codeRead, authorRead},
              (x, y) -> new double[] {Math.max(x[0], y[0]), Math.max(x[1], y[1])});
          out.set(i, List.of());
          break;
        }
      }
    }
    read.forEach((spine, tagAuthor) -> out.set(spine, withLabel(ranked.get(spine), tagAuthor[0], tagAuthor[1])));
    return out;
  }

  /** The code is read, and no title word: with or without the author's name, what a spine's label shows. */
  private static boolean isLabel(SpineFeatures f) {
    return f.showsCodeWithoutTitle();
  }

  /** The spine's best book now with its code and author read as well as on its label; the list re-sorted. */
  private static List<ScoredBook> withLabel(List<ScoredBook> r, double tag, double author) {
    List<ScoredBook> out = new ArrayList<>(r);
    ScoredBook best = r.get(0);
    SpineFeatures f = best.features();
    if (!(tag > f.tag()) && !(author > f.author())) return r;
    SpineFeatures merged = new SpineFeatures(Math.max(tag, f.tag()), f.title(), Math.max(author, f.author()), f.explained());
    ScoredBook own = new ScoredBook(best.book(), merged.score(), merged);
    out.set(0, best.shelfAgreement().isPresent()
        ? own.withShelfAgreement(best.shelfAgreement().getAsDouble(), ShelfContext.WEIGHT) : own);
    out.sort(Comparator.comparingDouble(ScoredBook::score).reversed().thenComparingInt(b -> b.book().position()));
    return List.copyOf(out);
  }
}
