package dev.concord.books.shelf;

import dev.concord.matcher.assignment.AssignmentSolver;
import dev.concord.matcher.assignment.ShortestAugmentingPath;
import dev.concord.books.lookup.ScoredBook;
import dev.concord.books.lookup.SpineLookup;
import dev.concord.books.spine.SpineText;
import dev.concord.books.threshold.LeaveBestOutThreshold;
import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.progress.Progress;
import dev.concord.matcher.threshold.Thresholds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/**
 * Matches the spines of shelf photos against a catalogue: every spine is looked up on its own, then each
 * shelf's spines get their books together (see {@link Strategy}), and links scoring below the reject
 * threshold are dropped (not a book, or a book the catalogue lacks). Without a given threshold, it is Otsu's
 * split of the spines' best scores: catalogued books and the rest form the two modes, and no gold is used.
 */
public final class ShelfMatcher {
  private final SpineLookup lookup;
  private final ShelfOptions options;
  private final AssignmentSolver solver;

  public ShelfMatcher(SpineLookup lookup, ShelfOptions options, AssignmentSolver solver) {
    this.lookup = lookup;
    this.options = options;
    this.solver = solver;
  }

  public ShelfMatcher(SpineLookup lookup, ShelfOptions options) {
    this(lookup, options, new ShortestAugmentingPath());
  }

  public ShelfOptions options() { return options; }

  /** The method written into links: the strategy and whether overflow beyond copies is allowed. */
  public String method() {
    String s = "books/" + options.strategy().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    return Double.isFinite(options.overflowPenalty()) ? s + "+overflow" + options.overflowPenalty() : s;
  }

  public ShelfResult match(Corpus spines, Progress progress) {
    List<List<ScoredBook>> own = rankAll(spines, progress);
    Map<String, List<Integer>> shelves = new LinkedHashMap<>();
    for (int i = 0; i < spines.size(); i++) {
      Item s = spines.get(i);
      String shelf = s.field(options.shelfField());
      shelves.computeIfAbsent(shelf.isBlank() ? "#" + s.id() : shelf, x -> new ArrayList<>()).add(i);
    }
    List<List<ScoredBook>> unmerged = withShelfContext(own, shelves, otsuOfBest(own));
    List<List<ScoredBook>> ranked = withoutSigns(spines, withLabelMasksMerged(unmerged, shelves));
    // estimated on every segment as looked up: code-only segments are part of what a spine without its book scores
    double threshold = options.threshold().orElseGet(() -> rejectThreshold(unmerged));
    SpineDecision[] out = new SpineDecision[spines.size()];
    ShelfAssignment assignment = new ShelfAssignment(solver,
        options.strategy() == Strategy.SHELF_COPIES ? lookup.catalogue()::copiesOf : book -> 1,
        options.overflowPenalty());
    progress.start("shelves", shelves.size());
    for (Map.Entry<String, List<Integer>> e : shelves.entrySet()) {
      List<Integer> members = e.getValue();
      List<List<ScoredBook>> shelfRanked = members.stream().map(ranked::get).toList();
      List<Optional<ScoredBook>> best;
      List<Optional<ScoredBook>> links;
      if (options.strategy() == Strategy.ARGMAX) {
        best = IntStream.range(0, members.size())
            .mapToObj(j -> shownBest(shelfRanked.get(j), unmerged.get(members.get(j)))).toList();
        links = shelfRanked.stream().map(r -> r.stream().findFirst().filter(s -> s.score() >= threshold)).toList();
      } else {
        links = assignment.assign(shelfRanked, OptionalDouble.of(threshold));
        best = new ArrayList<>(links.size());
        for (int j = 0; j < links.size(); j++) {
          best.add(links.get(j).isPresent() ? links.get(j) : shownBest(shelfRanked.get(j), unmerged.get(members.get(j))));
        }
      }
      for (int j = 0; j < members.size(); j++) {
        int i = members.get(j);
        out[i] = new SpineDecision(spines.get(i).id(), e.getKey(), best.get(j), links.get(j));
      }
      progress.step(1);
    }
    progress.done();
    return new ShelfResult(List.of(out), threshold, method());
  }

  /** A segment merged into its spine as that spine's label has no candidates left, but still shows its own best. */
  private static Optional<ScoredBook> shownBest(List<ScoredBook> ranked, List<ScoredBook> unmerged) {
    return (ranked.isEmpty() ? unmerged : ranked).stream().findFirst();
  }

  /** See {@link SectionSigns}: a sign keeps showing its best book but takes none. */
  private static List<List<ScoredBook>> withoutSigns(Corpus spines, List<List<ScoredBook>> ranked) {
    List<List<ScoredBook>> out = new ArrayList<>(ranked);
    for (int i = 0; i < out.size(); i++) {
      Item s = spines.get(i);
      List<ScoredBook> r = out.get(i);
      if (!r.isEmpty() && SectionSigns.looksLikeSign(s.text().isBlank() ? s.content() : s.text(), r.get(0))) out.set(i, List.of());
    }
    return out;
  }

  /** See {@link LabelMasks}. */
  private static List<List<ScoredBook>> withLabelMasksMerged(List<List<ScoredBook>> ranked, Map<String, List<Integer>> shelves) {
    List<List<ScoredBook>> out = new ArrayList<>(ranked);
    for (List<Integer> members : shelves.values()) {
      List<List<ScoredBook>> merged = LabelMasks.merge(members.stream().map(ranked::get).toList());
      for (int j = 0; j < members.size(); j++) out.set(members.get(j), merged.get(j));
    }
    return out;
  }

  /** Each spine's candidates rescored by agreement with the neighbours whose own best score clears a first split. */
  private static List<List<ScoredBook>> withShelfContext(List<List<ScoredBook>> own, Map<String, List<Integer>> shelves,
      double confident) {
    List<List<ScoredBook>> out = new ArrayList<>(own);
    for (List<Integer> members : shelves.values()) {
      List<List<ScoredBook>> rescored = ShelfContext.rescore(members.stream().map(own::get).toList(), confident);
      for (int j = 0; j < members.size(); j++) out.set(members.get(j), rescored.get(j));
    }
    return out;
  }

  private static double otsuOfBest(List<List<ScoredBook>> ranked) {
    return Thresholds.otsu(bestScores(ranked));
  }

  /**
   * See {@link LeaveBestOutThreshold}; spines without any candidate take no part. The draw from "what a segment
   * scores when its book is missing" is the best score among books that do not share the best book's shelf code:
   * books sharing it (the same author in the same class) score on the code the segment shows for its own book, so
   * for the four in five segments that are catalogued books they are a second reading of that book's label, not a
   * book the segment does not show. When every listed candidate shares the code, the last listed score bounds the
   * best unlisted one from above.
   */
  static double rejectThreshold(List<List<ScoredBook>> ranked) {
    List<List<ScoredBook>> some = ranked.stream().filter(r -> !r.isEmpty()).toList();
    double[] best = new double[some.size()];
    double[] runnerUp = new double[some.size()];
    for (int i = 0; i < some.size(); i++) {
      List<ScoredBook> r = some.get(i);
      best[i] = r.get(0).score();
      runnerUp[i] = missingBookDraw(r);
    }
    return LeaveBestOutThreshold.of(best, runnerUp);
  }

  /** A spine's best score among books not sharing its best book's shelf code (see {@link #rejectThreshold}). */
  static double missingBookDraw(List<ScoredBook> ranked) {
    ScoredBook top = ranked.get(0);
    String code = SpineText.of(top.book().tag()).compact();
    return ranked.stream()
        .filter(b -> !b.book().key().equals(top.book().key()))
        .filter(b -> code.isEmpty() || !SpineText.of(b.book().tag()).compact().equals(code))
        .mapToDouble(ScoredBook::score).findFirst()
        .orElse(ranked.size() > 1 ? ranked.get(ranked.size() - 1).score() : 0);
  }

  private static double[] bestScores(List<List<ScoredBook>> ranked) {
    return ranked.stream().filter(r -> !r.isEmpty()).mapToDouble(r -> r.get(0).score()).toArray();
  }

  private List<List<ScoredBook>> rankAll(Corpus spines, Progress progress) {
    progress.start("spine lookups", spines.size());
    List<List<ScoredBook>> out = IntStream.range(0, spines.size()).parallel().mapToObj(i -> {
      Item s = spines.get(i);
      List<ScoredBook> r = lookup.lookup(s.text().isBlank() ? s.content() : s.text(), options.candidates());
      progress.step(1);
      return r;
    }).toList();
    progress.done();
    return out;
  }
}
