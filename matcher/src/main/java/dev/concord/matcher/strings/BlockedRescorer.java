package dev.concord.matcher.strings;

import dev.concord.core.Candidate;
import dev.concord.core.Corpus;
import dev.concord.core.Item;
import dev.concord.core.Ranking;
import dev.concord.matcher.FittedScorer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Ranks the blocked candidates of a query by a pair similarity of their compared strings. */
final class BlockedRescorer implements FittedScorer {
  private final CandidateBlocking blocking;
  private final PairSimilarity similarity;
  private final ComparedText queryText;
  private final ComparedText referenceText;
  private final Map<String, String> referenceStrings = new ConcurrentHashMap<>();
  private final String method;

  BlockedRescorer(CandidateBlocking blocking, PairSimilarity similarity, ComparedText queryText,
      ComparedText referenceText, Corpus reference, String method) {
    this.blocking = blocking;
    this.similarity = similarity;
    this.queryText = queryText;
    this.referenceText = referenceText;
    this.method = method;
    for (Item item : reference) referenceStrings.put(item.id(), referenceText.of(item));
  }

  @Override
  public Ranking rank(Item query, int k) {
    String q = queryText.of(query);
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : blocking.candidates(query)) {
      String r = referenceStrings.get(c.id());
      double s = Math.max(0, Math.min(1, similarity.score(q, r)));
      out.add(new Candidate(c.id(), s, similarity.explain(q, r, s)));
    }
    out.sort(Comparator.comparingDouble((Candidate c) -> -c.score()).thenComparing(Candidate::id));
    return new Ranking(query.id(), out.subList(0, Math.min(k, out.size())));
  }

  @Override
  public void addReference(Item item) {
    blocking.addReference(item);
    String s = referenceText.of(item);
    referenceStrings.put(item.id(), s);
    similarity.addReference(s);
  }

  @Override
  public String method() { return method; }
}
