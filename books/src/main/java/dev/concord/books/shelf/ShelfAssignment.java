package dev.concord.books.shelf;

import dev.concord.matcher.assignment.AssignmentSolver;
import dev.concord.books.catalogue.BookKey;
import dev.concord.books.lookup.ScoredBook;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToIntFunction;

/**
 * One shelf's spines given books by a single assignment, as in "Image-text matching for large-scale book
 * collections" (Llabrés et al., 2024): the spines are rows; each candidate book offers as many columns as it
 * has capacity (1, or its copies in the catalogue), optionally followed by overflow columns that cost a
 * penalty; each spine also has a reject column whose cost is that of a link scoring exactly the threshold.
 * Costs are {@code 1 - score}.
 */
final class ShelfAssignment {
  private static final double TIE = 1e-9;

  private final AssignmentSolver solver;
  private final ToIntFunction<BookKey> capacity;
  private final double overflowPenalty;

  /**
   * @param capacity        spines a book can take before overflowing
   * @param overflowPenalty cost added to each spine beyond capacity; infinite: no overflow
   */
  ShelfAssignment(AssignmentSolver solver, ToIntFunction<BookKey> capacity, double overflowPenalty) {
    this.solver = solver;
    this.capacity = capacity;
    this.overflowPenalty = overflowPenalty;
  }

  /**
   * @param ranked    each spine's candidate books, best first
   * @param threshold least score of a link; empty: every spine that has a candidate gets a book if it can
   * @return per spine, its book or empty
   */
  List<Optional<ScoredBook>> assign(List<List<ScoredBook>> ranked, OptionalDouble threshold) {
    int n = ranked.size();
    List<Map<BookKey, ScoredBook>> byBook = new ArrayList<>(n);
    Map<BookKey, Integer> demand = new LinkedHashMap<>();
    for (List<ScoredBook> r : ranked) {
      Map<BookKey, ScoredBook> m = new LinkedHashMap<>();
      for (ScoredBook s : r) m.putIfAbsent(s.book().key(), s);
      byBook.add(m);
      for (BookKey k : m.keySet()) demand.merge(k, 1, Integer::sum);
    }
    boolean overflow = Double.isFinite(overflowPenalty);
    List<BookKey> slotBook = new ArrayList<>();
    List<Boolean> slotOverflows = new ArrayList<>();
    demand.forEach((book, d) -> {
      int cap = Math.max(1, capacity.applyAsInt(book));
      for (int s = 0; s < Math.min(cap, d); s++) {
        slotBook.add(book);
        slotOverflows.add(false);
      }
      if (overflow) {
        for (int s = cap; s < d; s++) {
          slotBook.add(book);
          slotOverflows.add(true);
        }
      }
    });
    int slots = slotBook.size();
    double forbidden = 10 + (overflow ? overflowPenalty : 0);
    // a link scoring exactly the threshold is kept, as in argmax
    double reject = threshold.isPresent() ? 1 - threshold.getAsDouble() + TIE : forbidden - 1;
    double[][] cost = new double[n][slots + n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < slots; j++) {
        ScoredBook s = byBook.get(i).get(slotBook.get(j));
        cost[i][j] = s == null ? forbidden : 1 - s.score() + (slotOverflows.get(j) ? overflowPenalty : 0);
      }
      for (int j = slots; j < slots + n; j++) cost[i][j] = reject;
    }
    int[] col = solver.solve(cost);
    List<Optional<ScoredBook>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int j = col[i];
      boolean linked = j < slots && cost[i][j] < reject;
      out.add(linked ? Optional.of(byBook.get(i).get(slotBook.get(j))) : Optional.empty());
    }
    return out;
  }
}
