package dev.concord.matcher.eval;

import java.util.Map;
import java.util.Optional;

/**
 * The books metric of {@code shared/data/README.md}: a link is correct when its catalogue row has the gold title
 * and author (copies are interchangeable). Over all judged segments: a link for a not-a-book or
 * not-in-catalogue segment, or a wrong link, is a false positive; a segment with a catalogue book and no
 * correct link is a false negative. Segments that merge several books have no gold and are not judged.
 */
public record BooksMetrics(long truePositives, long falsePositives, long falseNegatives, long top1Correct,
    long withCatalogueBook, long judged) {

  /** Gold of one segment: title and author of its book, and whether it has one in the catalogue. */
  public record Gold(String title, String author, boolean hasCatalogueBook, boolean judged) {}

  /** A catalogue book's title and author. */
  public record Book(String title, String author) {}

  /**
   * @param links    segment id to the linked catalogue book (absent: rejected)
   * @param top1     segment id to the top-ranked catalogue book, before any reject decision
   * @param gold     segment id to its gold
   */
  public static BooksMetrics of(Map<String, Book> links, Map<String, Book> top1, Map<String, Gold> gold) {
    long tp = 0, fp = 0, fn = 0, top1ok = 0, withBook = 0, judged = 0;
    for (Map.Entry<String, Gold> e : gold.entrySet()) {
      Gold g = e.getValue();
      if (!g.judged()) continue;
      judged++;
      Optional<Book> link = Optional.ofNullable(links.get(e.getKey()));
      if (g.hasCatalogueBook()) {
        withBook++;
        Book t = top1.get(e.getKey());
        if (t != null && same(t, g)) top1ok++;
        if (link.isPresent() && same(link.get(), g)) {
          tp++;
        } else {
          fn++;
          if (link.isPresent()) fp++;
        }
      } else if (link.isPresent()) {
        fp++;
      }
    }
    return new BooksMetrics(tp, fp, fn, top1ok, withBook, judged);
  }

  /** Whether linking a segment of this gold to this book is correct. */
  public static boolean isCorrect(Book b, Gold g) {
    return g != null && g.hasCatalogueBook() && same(b, g);
  }

  static boolean same(Book b, Gold g) {
    return norm(b.title()).equals(norm(g.title())) && norm(b.author()).equals(norm(g.author()));
  }

  private static String norm(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  public double precision() { return tp() + falsePositives == 0 ? 0 : (double) tp() / (tp() + falsePositives); }

  public double recall() { return tp() + falseNegatives == 0 ? 0 : (double) tp() / (tp() + falseNegatives); }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double top1Accuracy() { return withCatalogueBook == 0 ? 0 : (double) top1Correct / withCatalogueBook; }

  private long tp() { return truePositives; }
}
