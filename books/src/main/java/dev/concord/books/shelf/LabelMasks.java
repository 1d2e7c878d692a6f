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
 * Segments of one shelf photo that show only a shelf code: a shelf label, or the label mask of a spine whose
 * title and author were segmented apart. When another segment of the same photo shows words of a book whose code
 * the segment shows as fully as its best book's (books of one author share a code, so the code cannot choose among
 * them), the code is that spine's label: its evidence goes to the spine (the code was read after all), and the
 * code-only segment is not a book of its own. A code-only segment with no such spine beside it is left alone.
 */
final class LabelMasks {
  private LabelMasks() {}

  /**
   * @param ranked each segment of one shelf with its candidates (after the shelf context, if any), best first
   * @return the same shelf where each spine whose best book has its code read on a code-only segment carries that
   *         code, and those code-only segments have no candidates
   */
  static List<List<ScoredBook>> merge(List<List<ScoredBook>> ranked) {
    Map<BookKey, Integer> spineOf = new HashMap<>();
    for (int i = 0; i < ranked.size(); i++) {
      List<ScoredBook> r = ranked.get(i);
      if (!r.isEmpty() && r.get(0).features().showsTitleOrAuthorWords()) spineOf.putIfAbsent(r.get(0).book().key(), i);
    }
    Map<Integer, Double> tagRead = new HashMap<>();
    List<List<ScoredBook>> out = new ArrayList<>(ranked);
    for (int i = 0; i < ranked.size(); i++) {
      List<ScoredBook> r = ranked.get(i);
      if (r.isEmpty() || !r.get(0).features().showsOnlyShelfCode()) continue;
      double codeRead = r.get(0).features().tag();
      for (ScoredBook b : r) {
        // every book with the code read as well is as likely as the best: the code says nothing to choose among them
        if (!b.features().showsOnlyShelfCode() || b.features().tag() < codeRead) continue;
        Integer spine = spineOf.get(b.book().key());
        if (spine == null) continue;
        tagRead.merge(spine, codeRead, Math::max);
        out.set(i, List.of());
        break;
      }
    }
    tagRead.forEach((spine, tag) -> out.set(spine, withTag(ranked.get(spine), tag)));
    return out;
  }

  /** The spine's best book now with its code read as well as {@code tag}; the list re-sorted. */
  private static List<ScoredBook> withTag(List<ScoredBook> r, double tag) {
    List<ScoredBook> out = new ArrayList<>(r);
    ScoredBook best = r.get(0);
    SpineFeatures f = best.features();
    if (!(tag > f.tag())) return r;
    SpineFeatures merged = new SpineFeatures(tag, f.title(), f.author(), f.explained());
    ScoredBook own = new ScoredBook(best.book(), merged.score(), merged);
    out.set(0, best.shelfAgreement().isPresent()
        ? own.withShelfAgreement(best.shelfAgreement().getAsDouble(), ShelfContext.WEIGHT) : own);
    out.sort(Comparator.comparingDouble(ScoredBook::score).reversed().thenComparingInt(b -> b.book().position()));
    return List.copyOf(out);
  }
}
