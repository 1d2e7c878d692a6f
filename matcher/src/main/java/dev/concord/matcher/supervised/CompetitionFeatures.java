package dev.concord.matcher.supervised;

import dev.concord.core.Candidate;
import dev.concord.core.Corpus;
import dev.concord.core.Ranking;
import dev.concord.matcher.FitContext;
import dev.concord.matcher.FittedScorer;
import dev.concord.matcher.lexical.LexicalScorer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a pair fares against its competitors: the lexical rank and score of the right item among the left item's
 * candidates, the same seen from the right item, and each side's gap to its best candidate. A labelled pair
 * that is not its items' best lexical choice is rarely a match, which no pairwise similarity can tell.
 */
final class CompetitionFeatures {
  static final List<String> NAMES = List.of("fwd_rank", "fwd_gap", "bwd_rank", "bwd_gap");
  private static final int DEPTH = 50;

  private final Corpus left;
  private final Corpus right;
  private final FittedScorer forward;
  private final FittedScorer backward;
  private final Map<String, Ranking> forwardCache = new ConcurrentHashMap<>();
  private final Map<String, Ranking> backwardCache = new ConcurrentHashMap<>();

  CompetitionFeatures(Corpus left, Corpus right) {
    this.left = left;
    this.right = right;
    this.forward = new LexicalScorer().fit(right, left, FitContext.DEFAULT);
    this.backward = new LexicalScorer().fit(left, right, FitContext.DEFAULT);
  }

  double[] of(String leftId, String rightId) {
    Ranking f = forwardCache.computeIfAbsent(leftId, id -> forward.rank(left.byId(id).orElseThrow(), DEPTH));
    Ranking b = backwardCache.computeIfAbsent(rightId, id -> backward.rank(right.byId(id).orElseThrow(), DEPTH));
    double[] fr = rankAndGap(f, rightId);
    double[] br = rankAndGap(b, leftId);
    return new double[] {fr[0], fr[1], br[0], br[1]};
  }

  /** Rank (1-based; DEPTH + 1 when absent) and the gap between the best score and this one's. */
  private static double[] rankAndGap(Ranking r, String id) {
    List<Candidate> cs = r.candidates();
    double best = cs.isEmpty() ? 0 : cs.get(0).score();
    for (int i = 0; i < cs.size(); i++) {
      if (cs.get(i).id().equals(id)) return new double[] {i + 1, best - cs.get(i).score()};
    }
    return new double[] {DEPTH + 1, best};
  }
}
