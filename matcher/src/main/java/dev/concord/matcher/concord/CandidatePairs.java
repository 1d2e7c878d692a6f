package dev.concord.matcher.concord;

import dev.concord.core.Candidate;
import dev.concord.core.Corpus;
import dev.concord.core.Ranking;
import dev.concord.matcher.FitContext;
import dev.concord.matcher.FittedScorer;
import it.unimi.dsi.fastutil.longs.Long2DoubleOpenHashMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Candidate pairs from both directions of blocking: the union of each side's top k over the other. */
final class CandidatePairs {
  static final int BACKWARD_NEW_PAIRS = 2;
  private CandidatePairs() {}

  static List<CandidatePair> both(Corpus reference, Corpus queries, FittedScorer forward, FittedScorer backward, int k,
      FitContext context) {
    Ranking[] fwd = rankAll(queries, forward, k, context, "candidates (queries)");
    Ranking[] bwd = rankAll(reference, backward, k, context, "candidates (reference)");
    Long2DoubleOpenHashMap best = new Long2DoubleOpenHashMap();
    for (int q = 0; q < fwd.length; q++) {
      for (Candidate c : fwd[q].candidates()) {
        best.mergeDouble(key(q, reference.positionOf(c.id())), c.score(), Math::max);
      }
    }
    for (int ref = 0; ref < bwd.length; ref++) {
      List<Candidate> cs = bwd[ref].candidates();
      for (int r = 0; r < cs.size(); r++) {
        long key = key(queries.positionOf(cs.get(r).id()), ref);
        // a reference item adds only its best few queries: most reference items of a large source match
        // nothing, and their long tails would only add easy negatives
        if (r >= BACKWARD_NEW_PAIRS && !best.containsKey(key)) continue;
        best.mergeDouble(key, cs.get(r).score(), Math::max);
      }
    }
    List<CandidatePair> out = new ArrayList<>(best.size());
    best.long2DoubleEntrySet().forEach(e -> out.add(new CandidatePair((int) (e.getLongKey() >>> 32), (int) e.getLongKey(), e.getDoubleValue())));
    out.sort(Comparator.comparingInt(CandidatePair::query).thenComparingInt(CandidatePair::reference));
    return out;
  }

  private static Ranking[] rankAll(Corpus corpus, FittedScorer scorer, int k, FitContext context, String task) {
    Ranking[] out = new Ranking[corpus.size()];
    context.progress().start(task, corpus.size());
    IntStream.range(0, corpus.size()).parallel().forEach(i -> {
      out[i] = scorer.rank(corpus.get(i), k);
      context.progress().step(1);
    });
    context.progress().done();
    return out;
  }

  private static long key(int q, int r) {
    return ((long) q << 32) | (r & 0xffffffffL);
  }
}
